package io.github.airbytejava.standin;

import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.standin.internal.api.Seeding;
import io.github.airbytejava.standin.internal.api.StandInApi;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Puts a running stand-in into a known state without going through HTTP: for test set-up and for
 * Pact provider states ("a source with id X exists").
 *
 * <p>Seeded records obey the rules that requests obey (a source needs a live workspace, a tag name
 * is unique in its workspace, ...): a broken rule throws the same {@code ProblemException} a
 * request would get as problem JSON. Every method has a variant that takes the id, so provider
 * states can use fixed ids, and one that makes it up.
 *
 * <pre>{@code
 * UUID workspace = standIn.state().createWorkspace("Analytics");
 * UUID source = standIn.state().createSource(workspace, "Warehouse", "postgres");
 * UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");
 * UUID connection = standIn.state().createConnection(source, destination, "Nightly");
 * long job = standIn.state().createJob(connection, JobTypeEnum.SYNC);
 * }</pre>
 *
 * <p>Built-in connector types: sources {@code postgres}, {@code faker}, {@code stripe} and {@code
 * google-ads}; destinations {@code postgres} and {@code dev-null}. A seeded configuration gets an
 * example value for each key its connector requires and it lacks (a Postgres source: {@code host}
 * {@code localhost}, {@code port} 5432), so that every seeded source and destination is one the API
 * would have accepted.
 */
public final class StandInState {
  private final Seeding seeding;

  StandInState(Seeding seeding) {
    this.seeding = Objects.requireNonNull(seeding, "seeding");
  }

  /** The organization every stand-in starts with (the all-zero id, as on self-managed Airbyte). */
  public UUID defaultOrganizationId() {
    return StandInApi.DEFAULT_ORGANIZATION_ID;
  }

  /**
   * The user every stand-in starts with, an admin of the default organization; tokens act as this
   * user.
   */
  public UUID defaultUserId() {
    return StandInApi.DEFAULT_USER_ID;
  }

  /** Adds a workspace to the default organization; returns its id. */
  public UUID createWorkspace(String name) {
    return createWorkspace(seeding.newId(), name);
  }

  /** Adds a workspace with this id to the default organization. */
  public UUID createWorkspace(UUID id, String name) {
    return seeding.createWorkspace(id, defaultOrganizationId(), name);
  }

  /**
   * Adds a source of a built-in type ({@code postgres}, {@code faker}, ...) with the example values
   * of the keys it requires as configuration.
   */
  public UUID createSource(UUID workspaceId, String name, String sourceType) {
    return createSource(seeding.newId(), workspaceId, name, sourceType, Map.of());
  }

  /**
   * Adds a source with this id and configuration, completed with example values for the required
   * keys it lacks.
   */
  public UUID createSource(
      UUID id,
      UUID workspaceId,
      String name,
      String sourceType,
      Map<String, Object> configuration) {
    return seeding.createSource(id, workspaceId, name, sourceType, configuration);
  }

  /**
   * Adds a destination of a built-in type ({@code postgres}, {@code dev-null}) with the example
   * values of the keys it requires as configuration.
   */
  public UUID createDestination(UUID workspaceId, String name, String destinationType) {
    return createDestination(seeding.newId(), workspaceId, name, destinationType, Map.of());
  }

  /**
   * Adds a destination with this id and configuration, completed with example values for the
   * required keys it lacks.
   */
  public UUID createDestination(
      UUID id,
      UUID workspaceId,
      String name,
      String destinationType,
      Map<String, Object> configuration) {
    return seeding.createDestination(id, workspaceId, name, destinationType, configuration);
  }

  /**
   * Adds a connection with every stream the source discovers and a manual schedule. Name it with
   * "fail" in it to have its jobs fail (with the default failure rule).
   */
  public UUID createConnection(UUID sourceId, UUID destinationId, String name) {
    return createConnection(seeding.newId(), sourceId, destinationId, name);
  }

  /** Adds a connection with this id. */
  public UUID createConnection(UUID id, UUID sourceId, UUID destinationId, String name) {
    return seeding.createConnection(id, sourceId, destinationId, name);
  }

  /** Starts a job that progresses like one started over HTTP; returns its id. */
  public long createJob(UUID connectionId, JobTypeEnum type) {
    return seeding.createJob(null, connectionId, type, null);
  }

  /**
   * Adds a job that keeps {@code status} for good, e.g. a {@code running} job for a "job is
   * running" state.
   */
  public long createJob(UUID connectionId, JobTypeEnum type, JobStatusEnum status) {
    return seeding.createJob(null, connectionId, type, Objects.requireNonNull(status, "status"));
  }

  /** Adds a job with this id that keeps {@code status} for good (null: progresses as usual). */
  public long createJob(
      long id, UUID connectionId, JobTypeEnum type, @Nullable JobStatusEnum status) {
    return seeding.createJob(id, connectionId, type, status);
  }

  /** Adds a tag to a workspace; {@code color} is hexadecimal, e.g. {@code FF5733}. */
  public UUID createTag(UUID workspaceId, String name, String color) {
    return createTag(seeding.newId(), workspaceId, name, color);
  }

  /** Adds a tag with this id. */
  public UUID createTag(UUID id, UUID workspaceId, String name, String color) {
    return seeding.createTag(id, workspaceId, name, color);
  }

  /** Adds a user to the default organization. */
  public UUID createUser(String name, String email) {
    return createUser(seeding.newId(), name, email);
  }

  /** Adds a user with this id to the default organization. */
  public UUID createUser(UUID id, String name, String email) {
    return seeding.createUser(id, defaultOrganizationId(), name, email);
  }

  /** Grants a user a permission on a workspace ({@code workspace_*} types). */
  public UUID grantWorkspacePermission(UUID userId, UUID workspaceId, PermissionType type) {
    return seeding.createPermission(seeding.newId(), type, userId, workspaceId, null);
  }

  /** Grants a user a permission on an organization ({@code organization_*} types). */
  public UUID grantOrganizationPermission(UUID userId, UUID organizationId, PermissionType type) {
    return seeding.createPermission(seeding.newId(), type, userId, null, organizationId);
  }

  /** Adds an organization; the stand-in's user sees it in {@code listOrganizationsForUser}. */
  public UUID createOrganization(String name, String email) {
    return seeding.createOrganization(seeding.newId(), name, email);
  }

  /** Adds a group to the default organization. */
  public UUID createGroup(String name) {
    return seeding.createGroup(seeding.newId(), defaultOrganizationId(), name);
  }

  /** Adds a user of the group's organization to the group. */
  public void addGroupMember(UUID groupId, UUID userId) {
    seeding.addGroupMember(groupId, userId);
  }

  /** Adds a region to the default organization. */
  public UUID createRegion(String name) {
    return seeding.createRegion(seeding.newId(), defaultOrganizationId(), name);
  }

  /** Adds a dataplane to a region. */
  public UUID createDataplane(UUID regionId, String name) {
    return seeding.createDataplane(seeding.newId(), regionId, name);
  }

  /** Adds an application with fresh credentials, which can get tokens like the stand-in's own. */
  public ClientCredentials createApplication(String name) {
    return seeding.createApplication(name);
  }

  /**
   * Forgets everything and sets up the starting state again (the default organization, its user,
   * the stand-in's application). Issued tokens stay valid.
   */
  public void reset() {
    seeding.reset();
  }
}
