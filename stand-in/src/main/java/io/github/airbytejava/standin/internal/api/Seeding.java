package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ApplicationRead;
import io.github.airbytejava.generated.model.ConnectionCreateRequest;
import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.DataplaneCreateRequest;
import io.github.airbytejava.generated.model.DestinationCreateRequest;
import io.github.airbytejava.generated.model.GroupCreateRequest;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.generated.model.RegionCreateRequest;
import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.TagCreateRequest;
import io.github.airbytejava.generated.model.WorkspaceCreateRequest;
import io.github.airbytejava.standin.ClientCredentials;
import io.github.airbytejava.standin.internal.state.StateContext;
import java.util.Map;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Creates records directly, through the same methods the operations use, so seeded state obeys the
 * same rules (a source needs a live workspace, a tag name is unique in its workspace, ...). Each
 * call takes the state lock. The public face of this is {@code StandInState}.
 */
public final class Seeding {
  private final StandInApi api;
  private final StateContext state;

  Seeding(StandInApi api, StateContext state) {
    this.api = api;
    this.state = state;
  }

  /** A fresh id, for callers that do not care which. */
  public UUID newId() {
    return state.newId();
  }

  /** Adds an organization. */
  public UUID createOrganization(UUID id, String name, String email) {
    return state.atomically(() -> api.organizations.create(id, name, email).getOrganizationId());
  }

  /** Adds a user to an organization. */
  public UUID createUser(UUID id, UUID organizationId, String name, String email) {
    return state.atomically(() -> api.users.create(id, organizationId, name, email).getId());
  }

  /** Adds a workspace to an organization. */
  public UUID createWorkspace(UUID id, UUID organizationId, String name) {
    return state.atomically(
        () ->
            api.workspaces
                .create(id, new WorkspaceCreateRequest().name(name).organizationId(organizationId))
                .getWorkspaceId());
  }

  /**
   * Adds a source of a built-in type ({@code postgres}, {@code faker}, ...). The configuration gets
   * example values for the required keys it lacks (see {@link Configurations#completed}).
   */
  public UUID createSource(
      UUID id,
      UUID workspaceId,
      String name,
      String sourceType,
      Map<String, Object> configuration) {
    Map<String, Object> withType =
        Configurations.completed(ConnectorType.SOURCE, sourceType, configuration);
    withType.putIfAbsent("sourceType", sourceType);
    return state.atomically(
        () ->
            api.sources
                .create(
                    id,
                    new SourceCreateRequest()
                        .workspaceId(workspaceId)
                        .name(name)
                        ._configuration(withType))
                .getSourceId());
  }

  /**
   * Adds a destination of a built-in type ({@code postgres}, {@code dev-null}). The configuration
   * gets example values for the required keys it lacks (see {@link Configurations#completed}).
   */
  public UUID createDestination(
      UUID id,
      UUID workspaceId,
      String name,
      String destinationType,
      Map<String, Object> configuration) {
    Map<String, Object> withType =
        Configurations.completed(ConnectorType.DESTINATION, destinationType, configuration);
    withType.putIfAbsent("destinationType", destinationType);
    return state.atomically(
        () ->
            api.destinations
                .create(
                    id,
                    new DestinationCreateRequest()
                        .workspaceId(workspaceId)
                        .name(name)
                        ._configuration(withType))
                .getDestinationId());
  }

  /** Adds a connection with the source's discovered streams and a manual schedule. */
  public UUID createConnection(UUID id, UUID sourceId, UUID destinationId, @Nullable String name) {
    return state.atomically(
        () ->
            api.connections
                .create(
                    id,
                    new ConnectionCreateRequest()
                        .sourceId(sourceId)
                        .destinationId(destinationId)
                        .name(name))
                .getConnectionId());
  }

  /**
   * Starts a job.
   *
   * @param id the job id, or null for the next in sequence
   * @param pinned a status the job keeps for good, or null to let it progress
   */
  public long createJob(
      @Nullable Long id, UUID connectionId, JobTypeEnum type, @Nullable JobStatusEnum pinned) {
    return state.atomically(() -> api.jobs.create(id, connectionId, type, pinned).getJobId());
  }

  /** Adds a tag to a workspace. */
  public UUID createTag(UUID id, UUID workspaceId, String name, String color) {
    return state.atomically(
        () ->
            api.tags
                .create(id, new TagCreateRequest().workspaceId(workspaceId).name(name).color(color))
                .getTagId());
  }

  /** Grants a user a permission on a workspace or an organization (exactly one of the two). */
  public UUID createPermission(
      UUID id,
      PermissionType type,
      UUID userId,
      @Nullable UUID workspaceId,
      @Nullable UUID organizationId) {
    return state.atomically(
        () ->
            api.permissions
                .create(id, type, userId, workspaceId, organizationId)
                .getPermissionId());
  }

  /** Adds a group to an organization. */
  public UUID createGroup(UUID id, UUID organizationId, String name) {
    return state.atomically(
        () ->
            api.groups
                .create(id, new GroupCreateRequest().organizationId(organizationId).name(name))
                .getGroupId());
  }

  /** Adds a user to a group. */
  public void addGroupMember(UUID groupId, UUID userId) {
    state.atomically(() -> api.groups.addMember(groupId, userId));
  }

  /** Adds a region to an organization. */
  public UUID createRegion(UUID id, UUID organizationId, String name) {
    return state.atomically(
        () ->
            api.regions
                .create(id, new RegionCreateRequest().organizationId(organizationId).name(name))
                .getRegionId());
  }

  /** Adds a dataplane to a region. */
  public UUID createDataplane(UUID id, UUID regionId, String name) {
    return state.atomically(
        () ->
            api.dataplanes
                .create(id, new DataplaneCreateRequest().regionId(regionId).name(name))
                .getDataplaneId());
  }

  /** Adds an application with fresh credentials. */
  public ClientCredentials createApplication(String name) {
    return state.atomically(
        () -> {
          ApplicationRead application = api.applications.create(name);
          return new ClientCredentials(
              application.getId(), application.getClientId(), application.getClientSecret());
        });
  }

  /** Forgets everything and sets up the starting state again. */
  public void reset() {
    api.reset();
  }
}
