package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.NotificationsConfig;
import io.github.airbytejava.generated.model.WorkspaceCreateRequest;
import io.github.airbytejava.generated.model.WorkspaceResponse;
import io.github.airbytejava.generated.model.WorkspaceUpdateRequest;
import io.github.airbytejava.generated.model.WorkspacesResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.http.Paging;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.annotation.Nullable;

/**
 * Workspaces, each in an organization and optionally pinned to a region. Serves create, list
 * (paged), get, update and delete (soft, as Airbyte does); the workspace-level OAuth credentials
 * live in {@link OAuth}.
 */
final class Workspaces implements OperationGroup {
  private final StateContext state;
  private final Organizations organizations;
  private final Regions regions;
  private final Table<UUID, Workspace> workspaces = new Table<>("workspace");
  private final UUID defaultOrganizationId;

  Workspaces(
      StateContext state,
      Organizations organizations,
      Regions regions,
      UUID defaultOrganizationId) {
    this.state = state;
    this.organizations = organizations;
    this.regions = regions;
    this.defaultOrganizationId = defaultOrganizationId;
  }

  /** Adds a workspace; without an organization it joins the default one. */
  WorkspaceResponse create(UUID id, WorkspaceCreateRequest request) {
    requireName(request.getName());
    UUID organizationId =
        request.getOrganizationId() == null ? defaultOrganizationId : request.getOrganizationId();
    organizations.get(organizationId);
    if (request.getRegionId() != null) {
      regions.get(request.getRegionId());
    }
    WorkspaceResponse response =
        new WorkspaceResponse()
            .workspaceId(id)
            .name(request.getName())
            .dataResidency(dataResidency(request.getRegionId()))
            .notifications(
                request.getNotifications() == null
                    ? new NotificationsConfig()
                    : request.getNotifications());
    workspaces.insert(id, new Workspace(response, organizationId));
    return response;
  }

  /** The live workspace, or resource-not-found. */
  WorkspaceResponse get(UUID id) {
    return workspaces.get(id).response;
  }

  /**
   * The organization the workspace belongs to; empty when there is no live workspace with this id.
   */
  Optional<UUID> findOrganizationOf(@Nullable UUID workspaceId) {
    return workspaces.find(workspaceId).map(Workspace::organizationId);
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "createWorkspace",
            request ->
                ApiResponse.ok(create(state.newId(), request.body(WorkspaceCreateRequest.class))))
        .on("listWorkspaces", this::list)
        .on("getWorkspace", request -> ApiResponse.ok(get(request.pathUuid("workspaceId"))))
        .on("updateWorkspace", this::update)
        .on(
            "deleteWorkspace",
            request -> {
              workspaces.softDelete(request.pathUuid("workspaceId"));
              return ApiResponse.noContent();
            });
  }

  private ApiResponse list(ApiRequest request) {
    Predicate<UUID> listed = request.uuidFilter("workspaceIds");
    List<WorkspaceResponse> matching =
        workspaces.all(request.queryBoolean("includeDeleted", false)).stream()
            .map(Workspace::response)
            .filter(workspace -> listed.test(workspace.getWorkspaceId()))
            .toList();
    Paging.Page<WorkspaceResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new WorkspacesResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse update(ApiRequest request) {
    WorkspaceResponse workspace = get(request.pathUuid("workspaceId"));
    WorkspaceUpdateRequest update = request.body(WorkspaceUpdateRequest.class);
    if (update.getName() != null) {
      requireName(update.getName());
      workspace.setName(update.getName());
    }
    if (update.getNotifications() != null) {
      workspace.setNotifications(update.getNotifications());
    }
    if (update.getRegionId() != null) {
      regions.get(update.getRegionId());
      workspace.setDataResidency(dataResidency(update.getRegionId()));
    }
    return ApiResponse.ok(workspace);
  }

  /**
   * The spec only says a name is a string; Airbyte refuses an empty or blank one, and so does the
   * stand-in.
   */
  private static void requireName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      throw ProblemException.badRequest(
          "A workspace needs a name that is not blank, e.g. {\"name\": \"Analytics\"}.");
    }
  }

  /** Airbyte reports the region's name, or "auto" when the workspace is not pinned to one. */
  private String dataResidency(@Nullable UUID regionId) {
    return regionId == null ? "auto" : regions.get(regionId).getName();
  }

  @Override
  public void clear() {
    workspaces.clear();
  }

  private record Workspace(WorkspaceResponse response, UUID organizationId) {}
}
