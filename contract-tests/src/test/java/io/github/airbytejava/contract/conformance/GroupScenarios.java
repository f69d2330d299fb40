package io.github.airbytejava.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.contract.provider.Fixtures;
import io.github.airbytejava.contract.provider.ProviderStates;
import io.github.airbytejava.contract.provider.RealAirbyteSkips;
import io.github.airbytejava.generated.model.ActorTypeEnum;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * One conformance scenario per operation group: the group's operations called in the order a user
 * calls them (create, read, list, change, delete), each response checked for the status and the
 * values a client relies on, and validated against the spec by {@link ConformanceApi}.
 *
 * <p>Everything a scenario creates is registered with its {@link Fixtures} and removed afterwards.
 * Against a real Airbyte, the groups that would change the organization's shared infrastructure or
 * credentials (regions, dataplanes, the organization's OAuth apps) or need images that do not
 * exist (custom definitions) only read, for the reasons in {@link RealAirbyteSkips}; Airbyte
 * Embedded, which cannot be switched on through the API, is skipped there.
 */
final class GroupScenarios {

  /** A scenario: calls the operations of one group against the provider. */
  @FunctionalInterface
  interface Scenario {
    void run(ConformanceApi api, Fixtures fixtures);
  }

  private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("Health", GroupScenarios::health);
    SCENARIOS.put("Applications", GroupScenarios::applications);
    SCENARIOS.put("Workspaces", GroupScenarios::workspaces);
    SCENARIOS.put("Sources", GroupScenarios::sources);
    SCENARIOS.put("Destinations", GroupScenarios::destinations);
    SCENARIOS.put("Connections", GroupScenarios::connections);
    SCENARIOS.put("Streams", GroupScenarios::streams);
    SCENARIOS.put("Jobs", GroupScenarios::jobs);
    SCENARIOS.put("Tags", GroupScenarios::tags);
    SCENARIOS.put("Permissions", GroupScenarios::permissions);
    SCENARIOS.put("Organizations", GroupScenarios::organizations);
    SCENARIOS.put("Users", GroupScenarios::users);
    SCENARIOS.put("Groups", GroupScenarios::groups);
    SCENARIOS.put("Regions", GroupScenarios::regions);
    SCENARIOS.put("Dataplanes", GroupScenarios::dataplanes);
    SCENARIOS.put("ConnectorDefinitions", GroupScenarios::connectorDefinitions);
    SCENARIOS.put("SourceDefinitions", (api, fixtures) -> customDefinitions(api, fixtures, ActorTypeEnum.SOURCE));
    SCENARIOS.put("DestinationDefinitions",
        (api, fixtures) -> customDefinitions(api, fixtures, ActorTypeEnum.DESTINATION));
    SCENARIOS.put("DeclarativeSourceDefinitions", GroupScenarios::declarativeSourceDefinitions);
    SCENARIOS.put("EmbeddedWidget", GroupScenarios::embeddedWidget);
    SCENARIOS.put("EmbeddedScopedToken", GroupScenarios::embeddedScopedToken);
  }

  private GroupScenarios() {}

  /** The scenario of a group, if there is one. */
  static Optional<Scenario> of(String group) {
    return Optional.ofNullable(SCENARIOS.get(group));
  }

  private static void health(ConformanceApi api, Fixtures fixtures) {
    api.anonymous().get("/health").then().statusCode(200);
  }

  private static void applications(ConformanceApi api, Fixtures fixtures) {
    String name = fixtures.name("app");
    JsonPath created = api.request().body(Map.of("name", name))
        .post("/applications").then().statusCode(200).extract().jsonPath();
    String id = created.getString("id");
    fixtures.onCleanUp("application " + id, () -> client(api).applications().deleteApplication(id));

    api.request().get("/applications").then().statusCode(200).body("applications.id", hasItem(id));
    api.request().get("/applications/{id}", id).then().statusCode(200).body("name", equalTo(name));
    api.anonymous()
        .body(Map.of("client_id", created.getString("clientId"), "client_secret", created.getString("clientSecret"),
            "grant-type", "client_credentials"))
        .post("/applications/token")
        .then().statusCode(200).body("access_token", notNullValue());
    api.request().delete("/applications/{id}", id).then().statusCode(200).body("id", equalTo(id));
    api.request().get("/applications/{id}", id).then().statusCode(404);
  }

  private static void workspaces(ConformanceApi api, Fixtures fixtures) {
    String name = fixtures.name("workspace");
    UUID organization = api.provider().organizationId();
    String id = api.request().body(Map.of("name", name, "organizationId", organization.toString()))
        .post("/workspaces").then().statusCode(200).body("name", equalTo(name)).extract().path("workspaceId");
    fixtures.onCleanUp("workspace " + id, () -> client(api).workspaces().deleteWorkspace(UUID.fromString(id)));

    api.request().get("/workspaces/{id}", id).then().statusCode(200).body("workspaceId", equalTo(id));
    api.request().queryParam("workspaceIds", id).get("/workspaces")
        .then().statusCode(200).body("data.workspaceId", hasItem(id));
    api.request().body(Map.of("name", name + "-renamed")).patch("/workspaces/{id}", id)
        .then().statusCode(200).body("name", equalTo(name + "-renamed"));
    api.request()
        .body(Map.of("actorType", "source", "name", ProviderStates.OAUTH_SOURCE_TYPE,
            "configuration", ProviderStates.OAUTH_APP))
        .put("/workspaces/{id}/oauthCredentials", id).then().statusCode(200);
    api.request().delete("/workspaces/{id}/oauthCredentials/source/{name}", id, ProviderStates.OAUTH_SOURCE_TYPE)
        .then().statusCode(204);
    api.request().delete("/workspaces/{id}", id).then().statusCode(204);
    api.request().get("/workspaces/{id}", id).then().statusCode(404);
  }

  private static void sources(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    String name = fixtures.name("source");
    String id = api.request()
        .body(Map.of("name", name, "workspaceId", workspace.toString(), "configuration", Fixtures.FAKER))
        .post("/sources").then().statusCode(200).body("workspaceId", equalTo(workspace.toString()))
        .extract().path("sourceId");
    fixtures.onCleanUp("source " + id, () -> client(api).sources().deleteSource(UUID.fromString(id)));

    api.request().get("/sources/{id}", id).then().statusCode(200).body("name", equalTo(name));
    api.request().queryParam("workspaceIds", workspace.toString()).get("/sources")
        .then().statusCode(200).body("data.sourceId", hasItem(id));
    api.request().body(Map.of("name", name + "-renamed")).patch("/sources/{id}", id)
        .then().statusCode(200).body("name", equalTo(name + "-renamed"));
    api.request().body(Map.of("name", name, "configuration", Fixtures.FAKER)).put("/sources/{id}", id)
        .then().statusCode(200).body("name", equalTo(name));
    api.request().delete("/sources/{id}", id).then().statusCode(204);
    api.request().get("/sources/{id}", id).then().statusCode(404);
  }

  private static void destinations(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    String name = fixtures.name("destination");
    String id = api.request()
        .body(Map.of("name", name, "workspaceId", workspace.toString(), "configuration", Fixtures.DEV_NULL))
        .post("/destinations").then().statusCode(200).body("workspaceId", equalTo(workspace.toString()))
        .extract().path("destinationId");
    fixtures.onCleanUp("destination " + id, () -> client(api).destinations().deleteDestination(UUID.fromString(id)));

    api.request().get("/destinations/{id}", id).then().statusCode(200).body("name", equalTo(name));
    api.request().queryParam("workspaceIds", workspace.toString()).get("/destinations")
        .then().statusCode(200).body("data.destinationId", hasItem(id));
    api.request().body(Map.of("name", name + "-renamed")).patch("/destinations/{id}", id)
        .then().statusCode(200).body("name", equalTo(name + "-renamed"));
    api.request().body(Map.of("name", name, "configuration", Fixtures.DEV_NULL)).put("/destinations/{id}", id)
        .then().statusCode(200).body("name", equalTo(name));
    api.request().delete("/destinations/{id}", id).then().statusCode(204);
    api.request().get("/destinations/{id}", id).then().statusCode(404);
  }

  private static void connections(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    UUID source = fixtures.source(workspace);
    UUID destination = fixtures.destination(workspace);
    String name = fixtures.name("connection");
    String id = api.request()
        .body(Map.of("name", name, "sourceId", source.toString(), "destinationId", destination.toString(),
            "schedule", Map.of("scheduleType", "manual")))
        .post("/connections").then().statusCode(200).body("sourceId", equalTo(source.toString()))
        .extract().path("connectionId");
    fixtures.onCleanUp("connection " + id, () -> client(api).connections().deleteConnection(UUID.fromString(id)));

    api.request().get("/connections/{id}", id)
        .then().statusCode(200).body("workspaceId", equalTo(workspace.toString()));
    api.request().queryParam("workspaceIds", workspace.toString()).get("/connections")
        .then().statusCode(200).body("data.connectionId", hasItem(id));
    api.request().body(Map.of("name", name + "-renamed")).patch("/connections/{id}", id)
        .then().statusCode(200).body("name", equalTo(name + "-renamed"));
    api.request().delete("/connections/{id}", id).then().statusCode(204);
  }

  private static void streams(ConformanceApi api, Fixtures fixtures) {
    UUID source = fixtures.source(fixtures.workspace());
    api.request().queryParam("sourceId", source.toString()).get("/streams")
        .then().statusCode(200).body("streamName", not(empty()));
  }

  private static void jobs(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    UUID connection = fixtures.connection(fixtures.source(workspace), fixtures.destination(workspace));
    long id = api.request().body(Map.of("connectionId", connection.toString(), "jobType", "sync"))
        .post("/jobs").then().statusCode(200).body("connectionId", equalTo(connection.toString()))
        .extract().jsonPath().getLong("jobId");

    api.request().get("/jobs/{id}", id).then().statusCode(200).body("jobType", equalTo("sync"));
    List<Long> listed = api.request().queryParam("connectionId", connection.toString()).get("/jobs")
        .then().statusCode(200).extract().jsonPath().getList("data.jobId", Long.class);
    assertThat(listed).as("jobs of connection %s", connection).contains(id);
    api.request().delete("/jobs/{id}", id).then().statusCode(200).body("status", equalTo("cancelled"));
  }

  private static void tags(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    String name = fixtures.name("tag");
    String id = api.request().body(Map.of("name", name, "color", "FF5733", "workspaceId", workspace.toString()))
        .post("/tags").then().statusCode(200).extract().path("tagId");
    fixtures.onCleanUp("tag " + id, () -> client(api).tags().deleteTag(UUID.fromString(id)));

    api.request().get("/tags/{id}", id).then().statusCode(200).body("name", equalTo(name));
    api.request().queryParam("workspaceIds", workspace.toString()).get("/tags")
        .then().statusCode(200).body("data.tagId", hasItem(id));
    api.request().body(Map.of("name", name, "color", "00A86B")).patch("/tags/{id}", id)
        .then().statusCode(200).body("color", equalTo("00A86B"));
    api.request().delete("/tags/{id}", id).then().statusCode(204);
    api.request().get("/tags/{id}", id).then().statusCode(404);
  }

  private static void permissions(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    String user = api.provider().memberUserId().toString();
    String id = api.request()
        .body(Map.of("permissionType", "workspace_admin", "userId", user, "workspaceId", workspace.toString()))
        .post("/permissions").then().statusCode(200).body("userId", equalTo(user)).extract().path("permissionId");
    fixtures.onCleanUp("permission " + id, () -> client(api).permissions().deletePermission(UUID.fromString(id)));

    api.request().get("/permissions/{id}", id)
        .then().statusCode(200).body("workspaceId", equalTo(workspace.toString()));
    api.request().queryParam("userId", user).get("/permissions")
        .then().statusCode(200).body("data.permissionId", hasItem(id));
    api.request().body(Map.of("permissionType", "workspace_reader")).patch("/permissions/{id}", id)
        .then().statusCode(200).body("permissionType", equalTo("workspace_reader"));
    api.request().delete("/permissions/{id}", id).then().statusCode(204);
    api.request().get("/permissions/{id}", id).then().statusCode(404);
  }

  private static void organizations(ConformanceApi api, Fixtures fixtures) {
    String organization = api.provider().organizationId().toString();
    api.request().get("/organizations").then().statusCode(200).body("data.organizationId", hasItem(organization));
    if (api.provider().isRealAirbyte()) {
      return; // The organization's OAuth apps are shared: see RealAirbyteSkips.
    }
    api.request()
        .body(Map.of("actorType", "source", "name", ProviderStates.OAUTH_SOURCE_TYPE,
            "configuration", ProviderStates.OAUTH_APP))
        .put("/organizations/{id}/oauthCredentials", organization).then().statusCode(200);
    api.request()
        .delete("/organizations/{id}/oauthCredentials/source/{name}", organization, ProviderStates.OAUTH_SOURCE_TYPE)
        .then().statusCode(204);
  }

  private static void users(ConformanceApi api, Fixtures fixtures) {
    api.request().queryParam("organizationId", api.provider().organizationId().toString()).get("/users")
        .then().statusCode(200).body("data.id", hasItem(api.provider().memberUserId().toString()));
  }

  private static void groups(ConformanceApi api, Fixtures fixtures) {
    String organization = api.provider().organizationId().toString();
    String user = api.provider().memberUserId().toString();
    String name = fixtures.name("group");
    String id = api.request().body(Map.of("name", name, "organizationId", organization))
        .post("/groups").then().statusCode(200).body("organizationId", equalTo(organization))
        .extract().path("groupId");
    fixtures.onCleanUp("group " + id, () -> client(api).groups().deleteGroup(UUID.fromString(id)));

    api.request().get("/groups/{id}", id).then().statusCode(200).body("name", equalTo(name));
    api.request().body(Map.of("description", "conformance")).patch("/groups/{id}", id)
        .then().statusCode(200).body("description", equalTo("conformance"));
    api.request().queryParam("organizationId", organization).get("/groups")
        .then().statusCode(200).body("data.groupId", hasItem(id));

    api.request().body(Map.of("userId", user)).post("/groups/{id}/members", id)
        .then().statusCode(201).body("userId", equalTo(user));
    api.request().get("/groups/{id}/members", id).then().statusCode(200).body("data.userId", hasItem(user));
    api.request().delete("/groups/{id}/members/{user}", id, user).then().statusCode(204);

    UUID workspace = fixtures.workspace();
    String permission = api.request()
        .body(Map.of("permissionType", "workspace_reader", "workspaceId", workspace.toString()))
        .post("/groups/{id}/permissions", id).then().statusCode(201).extract().path("permissionId");
    api.request().get("/groups/{id}/permissions", id).then().statusCode(200)
        .body("data.permissionId", hasItem(permission));
    api.request().delete("/groups/{id}/permissions/{permission}", id, permission).then().statusCode(204);

    api.request().delete("/groups/{id}", id).then().statusCode(204);
    api.request().get("/groups/{id}", id).then().statusCode(404);
  }

  private static void regions(ConformanceApi api, Fixtures fixtures) {
    String organization = api.provider().organizationId().toString();
    if (api.provider().isRealAirbyte()) {
      api.request().queryParam("organizationId", organization).get("/regions").then().statusCode(200);
      return; // Regions are shared infrastructure: see RealAirbyteSkips.
    }
    String id = fixtures.region().toString();
    api.request().get("/regions/{id}", id).then().statusCode(200).body("organizationId", equalTo(organization));
    api.request().queryParam("organizationId", organization).get("/regions")
        .then().statusCode(200).body("data.regionId", hasItem(id));
    api.request().delete("/regions/{id}", id).then().statusCode(200).body("regionId", equalTo(id));
    api.request().get("/regions/{id}", id).then().statusCode(404);
  }

  private static void dataplanes(ConformanceApi api, Fixtures fixtures) {
    if (api.provider().isRealAirbyte()) {
      api.request().get("/dataplanes").then().statusCode(200);
      return; // Dataplanes are shared infrastructure: see RealAirbyteSkips.
    }
    String organization = api.provider().organizationId().toString();
    String region = api.request().body(Map.of("name", fixtures.name("region"), "organizationId", organization))
        .post("/regions").then().statusCode(200).extract().path("regionId");
    fixtures.onCleanUp("region " + region, () -> client(api).regions().deleteRegion(UUID.fromString(region)));
    api.request().body(Map.of("name", fixtures.name("region-renamed"))).patch("/regions/{id}", region)
        .then().statusCode(200).body("name", equalTo(fixtures.name("region-renamed")));

    String id = api.request().body(Map.of("regionId", region, "name", fixtures.name("dataplane")))
        .post("/dataplanes").then().statusCode(200).extract().path("dataplaneId");
    fixtures.onCleanUp("dataplane " + id, () -> client(api).dataplanes().deleteDataplane(UUID.fromString(id)));
    api.request().get("/dataplanes/{id}", id).then().statusCode(200).body("regionId", equalTo(region));
    api.request().queryParam("regionIds", region).get("/dataplanes")
        .then().statusCode(200).body("data.dataplaneId", hasItem(id));
    api.request().body(Map.of("enabled", false)).patch("/dataplanes/{id}", id)
        .then().statusCode(200).body("enabled", equalTo(false));
    api.request().delete("/dataplanes/{id}", id).then().statusCode(200).body("dataplaneId", equalTo(id));
  }

  private static void connectorDefinitions(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    for (String type : List.of("source", "destination")) {
      api.request().queryParam("type", type).queryParam("workspaceId", workspace.toString())
          .get("/connector_definitions")
          .then().statusCode(200).body("data.connectorDefinitionType", hasItem(type));
    }
  }

  private static void customDefinitions(ConformanceApi api, Fixtures fixtures, ActorTypeEnum kind) {
    UUID workspace = fixtures.workspace();
    String path = "/workspaces/{workspace}/definitions/" + kind.getValue() + "s";
    if (api.provider().isRealAirbyte()) {
      api.request().get(path, workspace).then().statusCode(200);
      return; // Airbyte pulls and runs the image of a new definition: see RealAirbyteSkips.
    }
    String name = fixtures.name(kind.getValue() + "-definition");
    String id = api.request()
        .body(Map.of("name", name, "dockerRepository", "example/" + kind.getValue() + "-conformance",
            "dockerImageTag", "1.0.0"))
        .post(path, workspace).then().statusCode(200).body("name", equalTo(name)).extract().path("id");
    UUID definition = UUID.fromString(id);
    fixtures.onCleanUp(kind.getValue() + " definition " + id, () -> {
      if (kind == ActorTypeEnum.SOURCE) {
        client(api).sourceDefinitions().deleteSourceDefinition(workspace, definition);
      } else {
        client(api).destinationDefinitions().deleteDestinationDefinition(workspace, definition);
      }
    });

    api.request().get(path + "/{id}", workspace, id).then().statusCode(200).body("dockerImageTag", equalTo("1.0.0"));
    api.request().get(path, workspace).then().statusCode(200).body("data.id", hasItem(id));
    api.request().body(Map.of("name", name, "dockerImageTag", "1.1.0")).put(path + "/{id}", workspace, id)
        .then().statusCode(200).body("dockerImageTag", equalTo("1.1.0"));
    api.request().delete(path + "/{id}", workspace, id).then().statusCode(200).body("id", equalTo(id));
    api.request().get(path + "/{id}", workspace, id).then().statusCode(404);
  }

  private static void declarativeSourceDefinitions(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    String path = "/workspaces/{workspace}/definitions/declarative_sources";
    if (api.provider().isRealAirbyte()) {
      api.request().get(path, workspace).then().statusCode(200);
      return; // A manifest Airbyte accepts is connector-specific: see RealAirbyteSkips.
    }
    String name = fixtures.name("declarative");
    String id = api.request().body(Map.of("name", name, "manifest", Fixtures.MANIFEST))
        .post(path, workspace).then().statusCode(200).body("name", equalTo(name)).extract().path("id");
    fixtures.onCleanUp("declarative source definition " + id, () -> client(api).declarativeSourceDefinitions()
        .deleteDeclarativeSourceDefinition(workspace, UUID.fromString(id)));

    api.request().get(path + "/{id}", workspace, id).then().statusCode(200).body("id", equalTo(id));
    api.request().get(path, workspace).then().statusCode(200).body("data.id", hasItem(id));
    api.request().body(Map.of("manifest", Fixtures.MANIFEST)).put(path + "/{id}", workspace, id)
        .then().statusCode(200).body("version", equalTo(2));
    api.request().delete(path + "/{id}", workspace, id).then().statusCode(200).body("id", equalTo(id));
    api.request().get(path + "/{id}", workspace, id).then().statusCode(404);
  }

  private static void embeddedWidget(ConformanceApi api, Fixtures fixtures) {
    RealAirbyteSkips.reason("get a token for the embedded widget")
        .filter(reason -> api.provider().isRealAirbyte())
        .ifPresent(reason -> Assumptions.abort("Not run against a real Airbyte: " + reason));
    String organization = api.provider().organizationId().toString();
    api.request()
        .body(Map.of("organizationId", organization, "allowedOrigin", "https://app.example.com",
            "externalUserId", "conformance"))
        .post("/embedded/widget_token").then().statusCode(200).body("token", notNullValue());
    api.request().get("/embedded/organizations")
        .then().statusCode(200).body("organizations.organizationId", hasItem(organization));
  }

  private static void embeddedScopedToken(ConformanceApi api, Fixtures fixtures) {
    UUID workspace = fixtures.workspace();
    api.request().body(Map.of("workspaceId", workspace.toString())).post("/embedded/scoped_token")
        .then().statusCode(200).body("token", notNullValue());
  }

  private static AirbyteClient client(ConformanceApi api) {
    return api.provider().client();
  }
}
