package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.PermissionCreateRequest;
import io.github.airbytejava.generated.model.PermissionResponse;
import io.github.airbytejava.generated.model.PermissionResponseRead;
import io.github.airbytejava.generated.model.PermissionScope;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.generated.model.PermissionUpdateRequest;
import io.github.airbytejava.generated.model.PermissionsResponse;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * A user's permissions on a workspace or an organization. Serves create, get, update (the type
 * only, within its scope), delete and list (by user and organization; an organization's list
 * includes the permissions on its workspaces).
 */
final class Permissions implements OperationGroup {
  private final StateContext state;
  private final Users users;
  private final Workspaces workspaces;
  private final PermissionScopes scopes;
  private final Table<UUID, PermissionResponse> permissions = new Table<>("permission");

  Permissions(StateContext state, Users users, Workspaces workspaces, PermissionScopes scopes) {
    this.state = state;
    this.users = users;
    this.workspaces = workspaces;
    this.scopes = scopes;
  }

  /** Grants a permission. */
  PermissionResponse create(
      UUID id,
      PermissionType type,
      UUID userId,
      @Nullable UUID workspaceId,
      @Nullable UUID organizationId) {
    users.get(userId);
    scopes.check(type, workspaceId, organizationId);
    return permissions.insert(
        id,
        new PermissionResponse()
            .permissionId(id)
            .permissionType(type)
            .userId(userId)
            .workspaceId(workspaceId)
            .organizationId(organizationId));
  }

  /** The user's permission on an organization, if any. */
  Optional<PermissionType> onOrganization(UUID userId, UUID organizationId) {
    return permissions.live().stream()
        .filter(permission -> permission.getUserId().equals(userId))
        .filter(permission -> organizationId.equals(permission.getOrganizationId()))
        .map(PermissionResponse::getPermissionType)
        .findFirst();
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("createPermission", this::createOverHttp)
        .on(
            "getPermission",
            request -> ApiResponse.ok(permissions.get(request.pathUuid("permissionId"))))
        .on("updatePermission", this::update)
        .on(
            "deletePermission",
            request -> {
              permissions.remove(request.pathUuid("permissionId"));
              return ApiResponse.noContent();
            })
        .on("listPermissions", this::list);
  }

  private ApiResponse createOverHttp(ApiRequest request) {
    PermissionCreateRequest create = request.body(PermissionCreateRequest.class);
    PermissionType type = PermissionType.fromValue(create.getPermissionType().getValue());
    return ApiResponse.ok(
        create(
            state.newId(),
            type,
            create.getUserId(),
            create.getWorkspaceId(),
            create.getOrganizationId()));
  }

  private ApiResponse update(ApiRequest request) {
    PermissionResponse permission = permissions.get(request.pathUuid("permissionId"));
    PermissionType type = request.body(PermissionUpdateRequest.class).getPermissionType();
    scopes.check(type, permission.getWorkspaceId(), permission.getOrganizationId());
    permission.setPermissionType(type);
    return ApiResponse.ok(permission);
  }

  private ApiResponse list(ApiRequest request) {
    Optional<UUID> userId = request.queryUuid("userId");
    Optional<UUID> organizationId = request.queryUuid("organizationId");
    List<PermissionResponseRead> data =
        permissions.live().stream()
            .filter(permission -> userId.isEmpty() || userId.get().equals(permission.getUserId()))
            .filter(
                permission ->
                    organizationId.isEmpty() || organizationOf(permission).equals(organizationId))
            .map(Permissions::read)
            .toList();
    return ApiResponse.ok(new PermissionsResponse().data(data));
  }

  private Optional<UUID> organizationOf(PermissionResponse permission) {
    if (permission.getOrganizationId() != null) {
      return Optional.of(permission.getOrganizationId());
    }
    return workspaces.findOrganizationOf(permission.getWorkspaceId());
  }

  private static PermissionResponseRead read(PermissionResponse permission) {
    boolean onWorkspace = permission.getWorkspaceId() != null;
    return new PermissionResponseRead()
        .permissionId(permission.getPermissionId())
        .permissionType(permission.getPermissionType())
        .userId(permission.getUserId())
        .scope(onWorkspace ? PermissionScope.WORKSPACE : PermissionScope.ORGANIZATION)
        .scopeId(onWorkspace ? permission.getWorkspaceId() : permission.getOrganizationId());
  }

  @Override
  public void clear() {
    permissions.clear();
  }
}
