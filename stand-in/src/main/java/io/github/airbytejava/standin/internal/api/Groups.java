package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.GroupCreateRequest;
import io.github.airbytejava.generated.model.GroupMemberAddRequest;
import io.github.airbytejava.generated.model.GroupMemberResponse;
import io.github.airbytejava.generated.model.GroupMembersResponse;
import io.github.airbytejava.generated.model.GroupPermissionCreateRequest;
import io.github.airbytejava.generated.model.GroupPermissionResponse;
import io.github.airbytejava.generated.model.GroupPermissionsResponse;
import io.github.airbytejava.generated.model.GroupResponse;
import io.github.airbytejava.generated.model.GroupUpdateRequest;
import io.github.airbytejava.generated.model.GroupsResponse;
import io.github.airbytejava.generated.model.UserResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.http.Paging;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Groups of users in an organization, with their members and permissions: the eleven operations of
 * the Groups group. Names are unique within an organization, a user joins a group once and only a
 * group of their own organization, and a group holds one permission per type and scope; each clash
 * is a 409, as the spec declares.
 */
final class Groups implements OperationGroup {
  private final StateContext state;
  private final Organizations organizations;
  private final Users users;
  private final PermissionScopes scopes;
  private final Table<UUID, Group> groups = new Table<>("group");

  Groups(StateContext state, Organizations organizations, Users users, PermissionScopes scopes) {
    this.state = state;
    this.organizations = organizations;
    this.users = users;
    this.scopes = scopes;
  }

  /** Adds a group to an organization. */
  GroupResponse create(UUID id, GroupCreateRequest request) {
    organizations.get(request.getOrganizationId());
    requireFreeName(request.getOrganizationId(), request.getName(), null);
    GroupResponse response =
        new GroupResponse()
            .groupId(id)
            .name(request.getName())
            .description(request.getDescription())
            .organizationId(request.getOrganizationId())
            .memberCount(0L);
    groups.insert(id, new Group(response));
    return response;
  }

  /** Adds a user to a group. */
  GroupMemberResponse addMember(UUID groupId, UUID userId) {
    Group group = groups.get(groupId);
    UserResponse user = users.get(userId);
    if (!users.organizationOf(userId).equals(group.response.getOrganizationId())) {
      throw ProblemException.badRequest(
          "User "
              + userId
              + " is not in organization "
              + group.response.getOrganizationId()
              + " of group "
              + groupId
              + ".");
    }
    if (group.members.containsKey(userId)) {
      throw ProblemException.conflict(
          "User " + userId + " is already a member of group " + groupId + ".");
    }
    GroupMemberResponse member =
        new GroupMemberResponse()
            .memberId(state.newId())
            .groupId(groupId)
            .userId(userId)
            .userEmail(user.getEmail())
            .userName(user.getName());
    group.members.put(userId, member);
    return member;
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("listGroups", this::list)
        .on(
            "createGroup",
            request ->
                ApiResponse.ok(create(state.newId(), request.body(GroupCreateRequest.class))))
        .on("getGroup", request -> ApiResponse.ok(render(groups.get(request.pathUuid("groupId")))))
        .on("updateGroup", this::update)
        .on(
            "deleteGroup",
            request -> {
              groups.remove(request.pathUuid("groupId"));
              return ApiResponse.noContent();
            })
        .on("listGroupMembers", this::members)
        .on(
            "addGroupMember",
            request ->
                ApiResponse.created(
                    addMember(
                        request.pathUuid("groupId"),
                        request.body(GroupMemberAddRequest.class).getUserId())))
        .on("removeGroupMember", this::removeMember)
        .on(
            "listGroupPermissions",
            request ->
                ApiResponse.ok(
                    new GroupPermissionsResponse()
                        .data(
                            new ArrayList<>(
                                groups.get(request.pathUuid("groupId")).permissions.values()))))
        .on("createGroupPermission", this::createPermission)
        .on("deleteGroupPermission", this::deletePermission);
  }

  private ApiResponse list(ApiRequest request) {
    UUID organizationId = request.requiredQueryUuid("organizationId");
    organizations.get(organizationId);
    List<GroupResponse> matching =
        groups.live().stream()
            .filter(group -> group.response.getOrganizationId().equals(organizationId))
            .map(this::render)
            .toList();
    Paging.Page<GroupResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new GroupsResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse update(ApiRequest request) {
    Group group = groups.get(request.pathUuid("groupId"));
    GroupUpdateRequest update = request.body(GroupUpdateRequest.class);
    if (update.getName() != null) {
      requireFreeName(
          group.response.getOrganizationId(), update.getName(), group.response.getGroupId());
      group.response.setName(update.getName());
    }
    if (request.bodyHas("description")) {
      group.response.setDescription(update.getDescription());
    }
    return ApiResponse.ok(render(group));
  }

  private ApiResponse members(ApiRequest request) {
    Group group = groups.get(request.pathUuid("groupId"));
    Paging.Page<GroupMemberResponse> page =
        Paging.page(new ArrayList<>(group.members.values()), request);
    return ApiResponse.ok(
        new GroupMembersResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse removeMember(ApiRequest request) {
    UUID groupId = request.pathUuid("groupId");
    UUID userId = request.pathUuid("userId");
    if (groups.get(groupId).members.remove(userId) == null) {
      throw ProblemException.notFound("member of group " + groupId, userId);
    }
    return ApiResponse.noContent();
  }

  private ApiResponse createPermission(ApiRequest request) {
    UUID groupId = request.pathUuid("groupId");
    Group group = groups.get(groupId);
    GroupPermissionCreateRequest create = request.body(GroupPermissionCreateRequest.class);
    scopes.check(create.getPermissionType(), create.getWorkspaceId(), create.getOrganizationId());
    boolean duplicate =
        group.permissions.values().stream()
            .anyMatch(
                existing ->
                    existing.getPermissionType() == create.getPermissionType()
                        && Objects.equals(existing.getWorkspaceId(), create.getWorkspaceId())
                        && Objects.equals(
                            existing.getOrganizationId(), create.getOrganizationId()));
    if (duplicate) {
      throw ProblemException.conflict("Group " + groupId + " already has this permission.");
    }
    UUID id = state.newId();
    GroupPermissionResponse permission =
        new GroupPermissionResponse()
            .permissionId(id)
            .groupId(groupId)
            .permissionType(create.getPermissionType())
            .workspaceId(create.getWorkspaceId())
            .organizationId(create.getOrganizationId());
    group.permissions.put(id, permission);
    return ApiResponse.created(permission);
  }

  private ApiResponse deletePermission(ApiRequest request) {
    UUID groupId = request.pathUuid("groupId");
    UUID permissionId = request.pathUuid("permissionId");
    if (groups.get(groupId).permissions.remove(permissionId) == null) {
      throw ProblemException.notFound("permission of group " + groupId, permissionId);
    }
    return ApiResponse.noContent();
  }

  private GroupResponse render(Group group) {
    return group.response.memberCount((long) group.members.size());
  }

  private void requireFreeName(UUID organizationId, String name, @Nullable UUID except) {
    boolean taken =
        groups.live().stream()
            .anyMatch(
                group ->
                    group.response.getOrganizationId().equals(organizationId)
                        && group.response.getName().equals(name)
                        && !Objects.equals(group.response.getGroupId(), except));
    if (taken) {
      throw ProblemException.conflict(
          "Organization " + organizationId + " already has a group named '" + name + "'.");
    }
  }

  @Override
  public void clear() {
    groups.clear();
  }

  private static final class Group {
    private final GroupResponse response;
    private final Map<UUID, GroupMemberResponse> members = new LinkedHashMap<>();
    private final Map<UUID, GroupPermissionResponse> permissions = new LinkedHashMap<>();

    private Group(GroupResponse response) {
      this.response = response;
    }
  }
}
