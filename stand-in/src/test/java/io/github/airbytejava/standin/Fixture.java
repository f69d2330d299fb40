package io.github.airbytejava.standin;

import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.PermissionType;
import java.util.Map;
import java.util.UUID;

/**
 * A little of everything, seeded through the state API: what the per-operation scenarios act on.
 */
final class Fixture {
  /** Airbyte's id of the Postgres source definition, built into the stand-in. */
  static final String POSTGRES_SOURCE_DEFINITION = "decd338e-5647-4c0b-adf4-da0e75f5a750";

  final UUID organization;
  final UUID workspace;
  final UUID source;
  final UUID destination;
  final UUID connection;
  final long job;
  final UUID tag;
  final UUID user;
  final UUID newcomer;
  final UUID permission;
  final UUID group;
  final UUID region;
  final UUID dataplane;
  final ClientCredentials application;

  Fixture(AirbyteStandIn standIn) {
    StandInState state = standIn.state();
    organization = state.defaultOrganizationId();
    workspace = state.createWorkspace("Analytics");
    source =
        state.createSource(
            UUID.randomUUID(),
            workspace,
            "Warehouse",
            "postgres",
            Map.of("host", "db.example.com"));
    destination = state.createDestination(workspace, "Lake", "postgres");
    connection = state.createConnection(source, destination, "Nightly");
    job = state.createJob(connection, JobTypeEnum.SYNC);
    tag = state.createTag(workspace, "finance", "FF5733");
    user = state.createUser("Ada", "ada@example.com");
    // Users can only be seeded: the API has no operation that creates one.
    newcomer = state.createUser("Grace", "grace@example.com");
    permission = state.grantWorkspacePermission(user, workspace, PermissionType.WORKSPACE_READER);
    group = state.createGroup("Data team");
    state.addGroupMember(group, user);
    region = state.createRegion("eu-west");
    dataplane = state.createDataplane(region, "eu-west-1");
    application = state.createApplication("ci");
  }
}
