package io.github.airbytejava.contract.provider;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteConflictException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.generated.api.JobsApi.ListJobsQueryParams;
import io.github.airbytejava.generated.model.ActorTypeEnum;
import io.github.airbytejava.generated.model.AirbyteApiConnectionSchedule;
import io.github.airbytejava.generated.model.ApplicationCreate;
import io.github.airbytejava.generated.model.ApplicationRead;
import io.github.airbytejava.generated.model.ConnectionCreateRequest;
import io.github.airbytejava.generated.model.ConnectionPatchRequest;
import io.github.airbytejava.generated.model.ConnectionStatusEnum;
import io.github.airbytejava.generated.model.CreateDeclarativeSourceDefinitionRequest;
import io.github.airbytejava.generated.model.CreateDefinitionRequest;
import io.github.airbytejava.generated.model.DataplaneCreateRequest;
import io.github.airbytejava.generated.model.DestinationCreateRequest;
import io.github.airbytejava.generated.model.GroupCreateRequest;
import io.github.airbytejava.generated.model.GroupMemberAddRequest;
import io.github.airbytejava.generated.model.GroupPermissionCreateRequest;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.OrganizationOAuthCredentialsRequest;
import io.github.airbytejava.generated.model.PermissionCreateRequest;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.generated.model.PublicPermissionType;
import io.github.airbytejava.generated.model.RegionCreateRequest;
import io.github.airbytejava.generated.model.ScheduleTypeEnum;
import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.TagCreateRequest;
import io.github.airbytejava.generated.model.WorkspaceCreateRequest;
import io.github.airbytejava.generated.model.WorkspaceOAuthCredentialsRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates what a test needs in the provider through {@link AirbyteClient}, the way a user of the
 * client would, and deletes it again.
 *
 * <p>Every method registers how to undo what it created; {@link #cleanUp()} undoes everything, the
 * newest first, carries on past failures and reports what it could not remove. A resource already
 * gone (the test deleted it) counts as removed. Names start with {@value #PREFIX} and a token per
 * instance, so that anything left behind in a real deployment is easy to recognise.
 *
 * <p>Sources and destinations are of types any Airbyte has and can run without outside systems:
 * Sample Data (Faker) and End-to-End Testing (/dev/null). Not thread-safe: one per test.
 */
public final class Fixtures {

  /** The start of the name of everything fixtures create. */
  public static final String PREFIX = "contract-test-";

  /** The configuration of a Sample Data (Faker) source: ten records, no outside system. */
  public static final Map<String, Object> FAKER = Map.of("sourceType", "faker", "count", 10);

  /** The configuration of an End-to-End Testing destination that drops what it gets. */
  public static final Map<String, Object> DEV_NULL =
      Map.of("destinationType", "dev-null", "test_destination", Map.of("test_destination_type", "SILENT"));

  /** A minimal low-code manifest for a declarative source definition. */
  public static final Map<String, Object> MANIFEST =
      Map.of("version", "6.5.0", "type", "DeclarativeSource", "check", Map.of("type", "CheckStream"));

  /** Public images for custom connector definitions, which Airbyte pulls and runs to read their spec. */
  static final Map<ActorTypeEnum, String> IMAGES =
      Map.of(ActorTypeEnum.SOURCE, "airbyte/source-faker", ActorTypeEnum.DESTINATION, "airbyte/destination-dev-null");

  private static final Set<JobStatusEnum> ACTIVE_JOB = Set.of(JobStatusEnum.PENDING, JobStatusEnum.RUNNING);

  private final ProviderUnderTest provider;
  private final AirbyteClient client;
  private final String name;
  private final Deque<Undo> undo = new ArrayDeque<>();
  private final AtomicInteger created = new AtomicInteger();

  private record Undo(String what, Runnable action) {}

  /** Fixtures in {@code provider}, each named {@value #PREFIX} plus a token of this instance. */
  public Fixtures(ProviderUnderTest provider) {
    this.provider = provider;
    this.client = provider.client();
    this.name = PREFIX + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The name fixtures give, with a suffix: {@code contract-test-1a2b3c4d-suffix}. */
  public String name(String suffix) {
    return name + "-" + suffix;
  }

  /** A name not given before by these fixtures: {@code contract-test-1a2b3c4d-group-3}. */
  private String uniqueName(String kind) {
    return name(kind + "-" + created.incrementAndGet());
  }

  /** The provider these fixtures are made in. */
  public ProviderUnderTest provider() {
    return provider;
  }

  /** A new workspace in the provider's organization. */
  public UUID workspace() {
    UUID id = client.workspaces()
        .createWorkspace(
            new WorkspaceCreateRequest().name(uniqueName("workspace")).organizationId(provider.organizationId()))
        .getWorkspaceId();
    onCleanUp("workspace " + id, () -> client.workspaces().deleteWorkspace(id));
    return id;
  }

  /** A Sample Data (Faker) source in a workspace. */
  public UUID source(UUID workspaceId) {
    UUID id = client.sources()
        .createSource(
            new SourceCreateRequest().name(uniqueName("source")).workspaceId(workspaceId)._configuration(FAKER))
        .getSourceId();
    onCleanUp("source " + id, () -> client.sources().deleteSource(id));
    return id;
  }

  /** An End-to-End Testing (/dev/null) destination in a workspace. */
  public UUID destination(UUID workspaceId) {
    UUID id = client.destinations()
        .createDestination(
            new DestinationCreateRequest()
                .name(uniqueName("destination")).workspaceId(workspaceId)._configuration(DEV_NULL))
        .getDestinationId();
    onCleanUp("destination " + id, () -> client.destinations().deleteDestination(id));
    return id;
  }

  /** A manually scheduled connection; its unfinished jobs are cancelled before it is deleted. */
  public UUID connection(UUID sourceId, UUID destinationId) {
    UUID id = client.connections()
        .createConnection(new ConnectionCreateRequest()
            .name(uniqueName("connection"))
            .sourceId(sourceId)
            .destinationId(destinationId)
            .schedule(new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.MANUAL)))
        .getConnectionId();
    onCleanUp("connection " + id, () -> {
      cancelActiveJobs(id);
      client.connections().deleteConnection(id);
    });
    return id;
  }

  /** Sets a connection inactive, so that it does not sync. */
  public void deactivate(UUID connectionId) {
    client.connections()
        .patchConnection(connectionId, new ConnectionPatchRequest().status(ConnectionStatusEnum.INACTIVE));
  }

  /** Starts a sync of a connection; its connection's clean-up cancels it. */
  public long syncJob(UUID connectionId) {
    return client.jobs()
        .createJob(new JobCreateRequest().connectionId(connectionId).jobType(JobTypeEnum.SYNC))
        .getJobId();
  }

  /** A tag in a workspace. */
  public UUID tag(UUID workspaceId) {
    UUID id = client.tags()
        .createTag(new TagCreateRequest().name(uniqueName("tag")).color("FF5733").workspaceId(workspaceId))
        .getTagId();
    onCleanUp("tag " + id, () -> client.tags().deleteTag(id));
    return id;
  }

  /** An application of the caller, with its client credentials. */
  public ApplicationRead application() {
    ApplicationRead application =
        client.applications().createApplication(new ApplicationCreate().name(uniqueName("app")));
    String id = application.getId();
    onCleanUp("application " + id, () -> client.applications().deleteApplication(id));
    return application;
  }

  /** A group in the provider's organization. */
  public UUID group() {
    UUID id = client.groups()
        .createGroup(new GroupCreateRequest().name(uniqueName("group")).organizationId(provider.organizationId()))
        .getGroupId();
    onCleanUp("group " + id, () -> client.groups().deleteGroup(id));
    return id;
  }

  /** Adds a user to a group. */
  public void addMember(UUID groupId, UUID userId) {
    client.groups().addGroupMember(groupId, new GroupMemberAddRequest().userId(userId));
    onCleanUp("member " + userId + " of group " + groupId, () -> client.groups().removeGroupMember(groupId, userId));
  }

  /** Makes a user admin of a workspace. */
  public UUID workspacePermission(UUID userId, UUID workspaceId) {
    UUID id = client.permissions()
        .createPermission(new PermissionCreateRequest()
            .permissionType(PublicPermissionType.WORKSPACE_ADMIN)
            .userId(userId)
            .workspaceId(workspaceId))
        .getPermissionId();
    onCleanUp("permission " + id, () -> client.permissions().deletePermission(id));
    return id;
  }

  /** Lets a group read a workspace. */
  public UUID groupPermission(UUID groupId, UUID workspaceId) {
    UUID id = client.groups()
        .createGroupPermission(groupId, new GroupPermissionCreateRequest()
            .permissionType(PermissionType.WORKSPACE_READER)
            .workspaceId(workspaceId))
        .getPermissionId();
    onCleanUp("permission " + id + " of group " + groupId, () -> client.groups().deleteGroupPermission(groupId, id));
    return id;
  }

  /** A region in the provider's organization. */
  public UUID region() {
    UUID id = client.dataplanes()
        .createRegion(new RegionCreateRequest().name(uniqueName("region")).organizationId(provider.organizationId()))
        .getRegionId();
    onCleanUp("region " + id, () -> client.regions().deleteRegion(id));
    return id;
  }

  /** A dataplane in a region. */
  public UUID dataplane(UUID regionId) {
    UUID id = client.dataplanes()
        .createDataplane(new DataplaneCreateRequest().regionId(regionId).name(uniqueName("dataplane")))
        .getDataplaneId();
    onCleanUp("dataplane " + id, () -> client.dataplanes().deleteDataplane(id));
    return id;
  }

  /** A custom source or destination definition in a workspace, from a public image. */
  public UUID customDefinition(ActorTypeEnum kind, UUID workspaceId) {
    CreateDefinitionRequest definition = new CreateDefinitionRequest()
        .name(uniqueName(kind.getValue() + "-definition"))
        .dockerRepository(IMAGES.get(kind))
        .dockerImageTag("latest");
    if (kind == ActorTypeEnum.SOURCE) {
      UUID id = client.sourceDefinitions().createSourceDefinition(workspaceId, definition).getId();
      onCleanUp("source definition " + id, () -> client.sourceDefinitions().deleteSourceDefinition(workspaceId, id));
      return id;
    }
    UUID id = client.destinationDefinitions().createDestinationDefinition(workspaceId, definition).getId();
    onCleanUp("destination definition " + id,
        () -> client.destinationDefinitions().deleteDestinationDefinition(workspaceId, id));
    return id;
  }

  /** A declarative source definition in a workspace. */
  public UUID declarativeDefinition(UUID workspaceId) {
    UUID id = client.declarativeSourceDefinitions()
        .createDeclarativeSourceDefinition(workspaceId,
            new CreateDeclarativeSourceDefinitionRequest().name(uniqueName("declarative")).manifest(MANIFEST))
        .getId();
    onCleanUp("declarative source definition " + id,
        () -> client.declarativeSourceDefinitions().deleteDeclarativeSourceDefinition(workspaceId, id));
    return id;
  }

  /** OAuth app credentials of a workspace for a source type. */
  public void workspaceOAuthCredentials(UUID workspaceId, String sourceType, Map<String, Object> configuration) {
    client.workspaces().createOrUpdateWorkspaceOAuthCredentials(workspaceId, new WorkspaceOAuthCredentialsRequest()
        .actorType(ActorTypeEnum.SOURCE).name(sourceType)._configuration(configuration));
    onCleanUp("OAuth credentials of workspace " + workspaceId, () -> client.workspaces()
        .deleteWorkspaceOAuthCredentials(workspaceId, ActorTypeEnum.SOURCE, sourceType));
  }

  /** OAuth app credentials of the provider's organization for a source type. */
  public void organizationOAuthCredentials(String sourceType, Map<String, Object> configuration) {
    UUID organizationId = provider.organizationId();
    client.organizations().createOrUpdateOrganizationOAuthCredentials(organizationId,
        new OrganizationOAuthCredentialsRequest()
            .actorType(ActorTypeEnum.SOURCE).name(sourceType)._configuration(configuration));
    onCleanUp("OAuth credentials of organization " + organizationId, () -> client.organizations()
        .deleteOrganizationOAuthCredentials(organizationId, ActorTypeEnum.SOURCE, sourceType));
  }

  /** Registers one more clean-up step, run before those registered earlier. */
  public void onCleanUp(String what, Runnable action) {
    undo.push(new Undo(what, action));
  }

  /**
   * Removes everything created, the newest first, and forgets it.
   *
   * @return what could not be removed, with why; empty when all went
   */
  public List<String> cleanUp() {
    List<String> failures = new ArrayList<>();
    while (!undo.isEmpty()) {
      Undo step = undo.pop();
      try {
        step.action().run();
      } catch (AirbyteApiException e) {
        if (!isGone(e)) {
          failures.add(step.what() + ": " + e.getMessage());
        }
      } catch (IllegalStateException e) {
        failures.add(step.what() + ": " + e.getMessage());
      }
    }
    return failures;
  }

  /**
   * Whether a failed delete means the resource is already gone (the test deleted it). Airbyte
   * answers 404, or 400 with a {@code resource-not-found} problem where the operation declares no
   * 404.
   */
  static boolean isGone(AirbyteApiException e) {
    return e instanceof AirbyteNotFoundException
        || e.problem().flatMap(p -> p.type().or(p::title)).filter(t -> t.endsWith("resource-not-found")).isPresent();
  }

  private void cancelActiveJobs(UUID connectionId) {
    List<JobResponse> jobs = client.jobs()
        .listJobs(new ListJobsQueryParams().connectionId(connectionId).limit(100))
        .getData();
    for (JobResponse job : jobs == null ? List.<JobResponse>of() : jobs) {
      if (ACTIVE_JOB.contains(job.getStatus())) {
        try {
          client.jobs().cancelJob(job.getJobId());
        } catch (AirbyteConflictException finishedMeanwhile) {
          // It ended between listing and cancelling.
        }
      }
    }
  }
}
