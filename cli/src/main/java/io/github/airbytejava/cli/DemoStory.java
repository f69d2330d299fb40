package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.AirbyteApiConnectionSchedule;
import io.github.airbytejava.generated.model.ConnectionCreateRequest;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectorDefinitionResponse;
import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.DestinationCreateRequest;
import io.github.airbytejava.generated.model.DestinationResponse;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.JobsResponse;
import io.github.airbytejava.generated.model.ScheduleTypeEnum;
import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.WorkspaceCreateRequest;
import io.github.airbytejava.generated.model.WorkspaceResponse;
import io.github.airbytejava.standin.AirbyteStandIn;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo's steps, each printed as it happens; what it created is deleted at the end. */
final class DemoStory {

  private static final int PAGE_SIZE = 2;

  private final AirbyteClient client;
  private final Output output;
  private final AirbyteStandIn standIn;
  private final Duration tokenLifetime;
  private final JobFollower follower;
  private final Deque<Runnable> cleanup = new ArrayDeque<>();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final long started = System.nanoTime();

  /**
   * @param standIn the embedded stand-in, or {@code null} against a real Airbyte (whose tokens live
   *     minutes: there the refresh step is left out)
   * @param tokenLifetime how long the stand-in's tokens live, or {@code null}
   */
  DemoStory(AirbyteClient client, Output output, AirbyteStandIn standIn, Duration tokenLifetime) {
    this.client = client;
    this.output = output;
    this.standIn = standIn;
    this.tokenLifetime = tokenLifetime;
    this.follower = new JobFollower(client, Duration.ofMillis(250), Duration.ofMinutes(30));
  }

  int run() throws InterruptedException {
    try {
      return steps();
    } finally {
      cleanUp();
    }
  }

  private int steps() throws InterruptedException {
    client.health().getHealthCheck();
    WorkspaceResponse workspace = client.workspaces().createWorkspace(new WorkspaceCreateRequest().name("demo-" + suffix));
    cleanup.push(() -> client.workspaces().deleteWorkspace(workspace.getWorkspaceId()));
    step(1, "Token", "client credentials exchanged for an access token" + tokenRequests());
    step(2, "Workspace", "created " + workspace.getWorkspaceId() + " \"" + workspace.getName() + "\"");

    UUID postgres = definition(ConnectorType.SOURCE, workspace.getWorkspaceId());
    SourceResponse source = client.sources().createSource(new SourceCreateRequest()
        .workspaceId(workspace.getWorkspaceId()).name("demo-postgres-" + suffix).definitionId(postgres)
        ._configuration(Map.of("host", "db.example.com", "port", 5432, "database", "shop", "username", "reader",
            "password", "demo-password", "ssl_mode", Map.of("mode", "prefer"), "schemas", List.of("public"))));
    cleanup.push(() -> client.sources().deleteSource(source.getSourceId()));
    step(3, "Source", "created " + source.getSourceId() + " \"" + source.getName() + "\" (" + source.getSourceType() + ")");

    UUID warehouse = definition(ConnectorType.DESTINATION, workspace.getWorkspaceId());
    DestinationResponse destination = client.destinations().createDestination(new DestinationCreateRequest()
        .workspaceId(workspace.getWorkspaceId()).name("demo-warehouse-" + suffix).definitionId(warehouse)
        ._configuration(Map.of("host", "warehouse.example.com", "port", 5432, "database", "analytics",
            "schema", "public", "username", "loader", "password", "demo-password")));
    cleanup.push(() -> client.destinations().deleteDestination(destination.getDestinationId()));
    step(4, "Destination", "created " + destination.getDestinationId() + " \"" + destination.getName() + "\" ("
        + destination.getDestinationType() + ")");

    ConnectionResponse connection = client.connections().createConnection(new ConnectionCreateRequest()
        .sourceId(source.getSourceId()).destinationId(destination.getDestinationId())
        .name("demo-" + suffix).schedule(new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.MANUAL)));
    cleanup.push(() -> client.connections().deleteConnection(connection.getConnectionId()));
    step(5, "Connection", "created " + connection.getConnectionId() + " \"" + connection.getName() + "\" ("
        + connection.getConfigurations().getStreams().size() + " streams)");

    JobResponse job = sync(connection.getConnectionId());
    StringBuilder states = new StringBuilder();
    JobResponse done = follower.follow(job.getJobId(),
        j -> states.append(states.length() == 0 ? "" : " -> ").append(j.getStatus()));
    step(6, "Sync", "job " + done.getJobId() + ": " + states + " (" + JobFollower.describe(done) + ")");
    if (done.getStatus() != JobStatusEnum.SUCCEEDED) {
      return ExitCodes.JOB_FAILED.code;
    }

    for (int i = 0; i < 2; i++) {
      JobResponse extra = sync(connection.getConnectionId());
      follower.follow(extra.getJobId(), j -> { });
    }
    AtomicInteger pages = new AtomicInteger();
    List<JobResponse> jobs = client.paginate((limit, offset) -> {
      pages.incrementAndGet();
      return client.jobs().listJobs(connection.getConnectionId(), limit, offset, null, null, null,
          null, null, null, null, null);
    }, JobsResponse::getData, PAGE_SIZE).toList();
    step(7, "Jobs", "listed " + jobs.size() + " jobs in pages of " + PAGE_SIZE + " (" + pages + " requests)");

    if (standIn != null) {
      int before = standIn.tokenRequests();
      Thread.sleep(tokenLifetime.toMillis() + 500);
      client.connections().getConnection(connection.getConnectionId());
      step(8, "Token refresh", "waited " + tokenLifetime.toSeconds() + " s for the token to expire; the next call"
          + " fetched a new one (token requests: " + before + " -> " + standIn.tokenRequests() + ")");
    }
    return ExitCodes.OK.code;
  }

  private JobResponse sync(UUID connectionId) {
    return client.jobs().createJob(new JobCreateRequest().connectionId(connectionId).jobType(JobTypeEnum.SYNC));
  }

  private UUID definition(ConnectorType type, UUID workspaceId) {
    List<ConnectorDefinitionResponse> definitions =
        client.connectorDefinitions().listConnectorDefinitions(type, workspaceId).getData();
    return definitions.stream()
        .filter(d -> d.getName().equalsIgnoreCase("Postgres"))
        .findFirst()
        .or(() -> definitions.stream().findFirst())
        .orElseThrow(() -> new IllegalStateException("This Airbyte offers no " + type + " connector"))
        .getId();
  }

  private String tokenRequests() {
    return standIn == null ? "" : " (token requests so far: " + standIn.tokenRequests() + ")";
  }

  private void step(int number, String what, String detail) {
    output.say(String.format("%d. %-14s %s", number, what, detail));
  }

  private void cleanUp() {
    int deleted = 0;
    while (!cleanup.isEmpty()) {
      try {
        cleanup.pop().run();
        deleted++;
      } catch (RuntimeException e) {
        output.say("   cleanup: " + e.getMessage());
      }
    }
    output.say(String.format("Cleaned up %d resources. Done in %.1f s.", deleted, (System.nanoTime() - started) / 1e9));
  }
}
