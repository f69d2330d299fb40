package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.standin.JobContext;
import io.github.airbytejava.standin.JobProgression;
import io.github.airbytejava.standin.internal.http.AccessTokens;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Wires the resource families together, registers their operations, and sets up (and resets to) the
 * state every stand-in starts with: one organization, its user (an organization admin), and an
 * application holding the stand-in's client credentials.
 *
 * <p>The organization and the user have the all-zero id, as the default organization and user of a
 * self-managed Airbyte do.
 */
public final class StandInApi {
  /** The organization every stand-in starts with. */
  public static final UUID DEFAULT_ORGANIZATION_ID = new UUID(0, 0);

  /** The user every stand-in starts with: the one its tokens act as. */
  public static final UUID DEFAULT_USER_ID = new UUID(0, 0);

  private static final UUID DEFAULT_PERMISSION_ID =
      UUID.nameUUIDFromBytes(
          "airbyte-stand-in:default-permission".getBytes(StandardCharsets.UTF_8));

  private final StateContext state;
  private final String clientId;
  private final String clientSecret;

  final Organizations organizations;
  final Users users;
  final Regions regions;
  final Dataplanes dataplanes;
  final Workspaces workspaces;
  final Permissions permissions;
  final CustomDefinitions sourceDefinitions;
  final CustomDefinitions destinationDefinitions;
  final DeclarativeSourceDefinitions declarativeSourceDefinitions;
  final Connectors connectors;
  final Sources sources;
  final Destinations destinations;
  final Tags tags;
  final Connections connections;
  final Jobs jobs;
  final Applications applications;
  final Groups groups;

  private final List<OperationGroup> all;
  private final OperationRegistry registry = new OperationRegistry();

  /**
   * The API over fresh state.
   *
   * @param state the lock, clock and ids
   * @param tokens issues and checks access tokens
   * @param clientId the stand-in's own client id
   * @param clientSecret the stand-in's own client secret
   * @param progression how jobs move
   * @param failJobsWhen which new jobs will fail
   */
  public StandInApi(
      StateContext state,
      AccessTokens tokens,
      String clientId,
      String clientSecret,
      JobProgression progression,
      Predicate<JobContext> failJobsWhen) {
    this.state = state;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    organizations = new Organizations();
    users = new Users(organizations);
    regions = new Regions(state, organizations);
    dataplanes = new Dataplanes(state, regions);
    workspaces = new Workspaces(state, organizations, regions, DEFAULT_ORGANIZATION_ID);
    PermissionScopes scopes = new PermissionScopes(workspaces, organizations);
    permissions = new Permissions(state, users, workspaces, scopes);
    sourceDefinitions = new CustomDefinitions(state, workspaces, ConnectorType.SOURCE);
    destinationDefinitions = new CustomDefinitions(state, workspaces, ConnectorType.DESTINATION);
    declarativeSourceDefinitions = new DeclarativeSourceDefinitions(state, workspaces);
    connectors =
        new Connectors(
            workspaces, sourceDefinitions, destinationDefinitions, declarativeSourceDefinitions);
    sources = new Sources(state, workspaces, connectors);
    destinations = new Destinations(state, workspaces, connectors);
    tags = new Tags(state, workspaces);
    connections = new Connections(state, sources, destinations, tags);
    jobs = new Jobs(state, connections, progression, failJobsWhen);
    applications = new Applications(state, tokens);
    groups = new Groups(state, organizations, users, scopes);
    all =
        List.of(
            new Meta(),
            organizations,
            users,
            regions,
            dataplanes,
            workspaces,
            permissions,
            sourceDefinitions,
            destinationDefinitions,
            declarativeSourceDefinitions,
            connectors,
            sources,
            destinations,
            new OAuth(state, workspaces, organizations),
            new Streams(sources, destinations),
            tags,
            connections,
            jobs,
            applications,
            groups,
            new Embedded(organizations, workspaces, permissions, tokens, DEFAULT_USER_ID));
    all.forEach(group -> group.register(registry));
    reset();
  }

  /** A random client secret in the form Airbyte's have. */
  public static String newClientSecret() {
    return Applications.newSecret();
  }

  /** The handlers of every served operation. */
  public OperationRegistry registry() {
    return registry;
  }

  /**
   * Forgets everything and sets up the starting state again. The client credentials stay the same.
   */
  public void reset() {
    state.atomically(
        () -> {
          all.forEach(OperationGroup::clear);
          organizations.create(
              DEFAULT_ORGANIZATION_ID, "Stand-in Organization", "stand-in@example.com");
          users.create(
              DEFAULT_USER_ID, DEFAULT_ORGANIZATION_ID, "Stand-in User", "stand-in@example.com");
          permissions.create(
              DEFAULT_PERMISSION_ID,
              PermissionType.ORGANIZATION_ADMIN,
              DEFAULT_USER_ID,
              null,
              DEFAULT_ORGANIZATION_ID);
          applications.create("stand-in", clientId, clientSecret);
        });
  }

  /**
   * Whether a client id and secret belong to a live application: what basic auth is checked
   * against.
   */
  public boolean isClient(String clientId, String clientSecret) {
    return state.atomically(() -> applications.matches(clientId, clientSecret));
  }

  /** The seeding view of these resources, for {@code StandInState}. */
  public Seeding seeding() {
    return new Seeding(this, state);
  }
}
