package io.github.airbytejava.standin;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * One realistic, successful request per operation of the spec: what a client would send, against
 * the {@link Fixture}. Where an operation needs something the fixture does not have (a custom
 * definition to delete, OAuth credentials to remove), the scenario creates it first; the exchange
 * returned is the operation's own.
 */
final class OperationScenarios {
  private static final String MANIFEST =
      "{\"version\":\"6.5.0\",\"type\":\"DeclarativeSource\",\"streams\":[]}";
  private static final String OAUTH_CREDENTIALS =
      "{\"actorType\":\"source\",\"name\":\"google-ads\",\"configuration\":{\"credentials\":"
          + "{\"client_id\":\"app\",\"client_secret\":\"shh\"}}}";

  /** A configuration with every key the Postgres destination requires. */
  private static final String POSTGRES_DESTINATION =
      "{\"host\":\"dw\",\"port\":5432,\"database\":\"analytics\",\"username\":\"loader\"}";

  private OperationScenarios() {}

  /** The scenarios by operation id. */
  static Map<String, BiFunction<TestHttp, Fixture, Exchange>> all() {
    Map<String, BiFunction<TestHttp, Fixture, Exchange>> s = new TreeMap<>();

    s.put("getDocumentation", (http, f) -> http.page("/"));
    s.put("getHealthCheck", (http, f) -> http.send("GET", "/health", null, null, null));

    s.put("listApplications", (http, f) -> http.get("/applications"));
    s.put("createApplication", (http, f) -> http.post("/applications", "{\"name\":\"deploys\"}"));
    s.put(
        "getApplication", (http, f) -> http.get("/applications/" + f.application.applicationId()));
    s.put(
        "deleteApplication",
        (http, f) -> http.delete("/applications/" + f.application.applicationId()));
    s.put(
        "createAccessToken",
        (http, f) -> http.tokenRequest(f.application.clientId(), f.application.clientSecret()));

    s.put(
        "listJobs",
        (http, f) ->
            http.get("/jobs?connectionId=" + f.connection + "&limit=5&orderBy=createdAt%7CASC"));
    s.put(
        "createJob",
        (http, f) ->
            http.post("/jobs", "{\"connectionId\":\"" + f.connection + "\",\"jobType\":\"sync\"}"));
    s.put("getJob", (http, f) -> http.get("/jobs/" + f.job));
    s.put("cancelJob", (http, f) -> http.delete("/jobs/" + f.job));

    s.put("listRegions", (http, f) -> http.get("/regions?organizationId=" + f.organization));
    s.put(
        "createRegion",
        (http, f) ->
            http.post(
                "/regions",
                "{\"name\":\"us-east\",\"organizationId\":\"" + f.organization + "\"}"));
    s.put("getRegion", (http, f) -> http.get("/regions/" + f.region));
    s.put("updateRegion", (http, f) -> http.patch("/regions/" + f.region, "{\"enabled\":false}"));
    s.put("deleteRegion", (http, f) -> http.delete("/regions/" + f.region));

    s.put("listDataplanes", (http, f) -> http.get("/dataplanes?regionIds=" + f.region));
    s.put(
        "createDataplane",
        (http, f) ->
            http.post("/dataplanes", "{\"name\":\"eu-west-2\",\"regionId\":\"" + f.region + "\"}"));
    s.put("getDataplane", (http, f) -> http.get("/dataplanes/" + f.dataplane));
    s.put(
        "updateDataplane",
        (http, f) -> http.patch("/dataplanes/" + f.dataplane, "{\"name\":\"renamed\"}"));
    s.put("deleteDataplane", (http, f) -> http.delete("/dataplanes/" + f.dataplane));

    s.put(
        "listConnectorDefinitions",
        (http, f) -> http.get("/connector_definitions?type=source&workspaceId=" + f.workspace));

    String declarative = "/workspaces/%s/definitions/declarative_sources";
    s.put(
        "listDeclarativeSourceDefinitions",
        (http, f) -> http.get(declarative.formatted(f.workspace)));
    s.put("createDeclarativeSourceDefinition", (http, f) -> createDeclarative(http, f));
    s.put(
        "getDeclarativeSourceDefinition",
        (http, f) ->
            http.get(
                declarative.formatted(f.workspace) + "/" + idOf(createDeclarative(http, f), "id")));
    s.put(
        "updateDeclarativeSourceDefinition",
        (http, f) ->
            http.put(
                declarative.formatted(f.workspace) + "/" + idOf(createDeclarative(http, f), "id"),
                "{\"manifest\":" + MANIFEST + "}"));
    s.put(
        "deleteDeclarativeSourceDefinition",
        (http, f) ->
            http.delete(
                declarative.formatted(f.workspace) + "/" + idOf(createDeclarative(http, f), "id")));

    addDefinitionScenarios(s, "Source", "sources");
    addDefinitionScenarios(s, "Destination", "destinations");

    s.put(
        "listSources", (http, f) -> http.get("/sources?workspaceIds=" + f.workspace + "&limit=5"));
    s.put(
        "createSource",
        (http, f) ->
            http.post(
                "/sources",
                "{\"name\":\"Orders\",\"workspaceId\":\""
                    + f.workspace
                    + "\",\"configuration\":{\"sourceType\":\"postgres\",\"host\":\"db\",\"port\":5432}}"));
    s.put(
        "getSource",
        (http, f) -> http.get("/sources/" + f.source + "?includeSecretCoordinates=false"));
    s.put(
        "patchSource",
        (http, f) ->
            http.patch(
                "/sources/" + f.source,
                "{\"name\":\"Renamed\",\"configuration\":{\"port\":6432}}"));
    s.put(
        "putSource",
        (http, f) ->
            http.put(
                "/sources/" + f.source,
                "{\"name\":\"Replaced\",\"configuration\":{\"host\":\"db2\",\"port\":5432}}"));
    s.put("deleteSource", (http, f) -> http.delete("/sources/" + f.source));
    s.put("initiateOAuth", OperationScenarios::initiateOAuth);

    s.put("listDestinations", (http, f) -> http.get("/destinations?workspaceIds=" + f.workspace));
    s.put(
        "createDestination",
        (http, f) ->
            http.post(
                "/destinations",
                "{\"name\":\"Sink\",\"workspaceId\":\""
                    + f.workspace
                    + "\",\"definitionId\":"
                    + "\"25c5221d-dce2-4163-ade9-739ef790f503\",\"configuration\":"
                    + POSTGRES_DESTINATION
                    + "}"));
    s.put("getDestination", (http, f) -> http.get("/destinations/" + f.destination));
    s.put(
        "patchDestination",
        (http, f) -> http.patch("/destinations/" + f.destination, "{\"name\":\"Renamed\"}"));
    s.put(
        "putDestination",
        (http, f) ->
            http.put(
                "/destinations/" + f.destination,
                "{\"name\":\"Replaced\",\"configuration\":" + POSTGRES_DESTINATION + "}"));
    s.put("deleteDestination", (http, f) -> http.delete("/destinations/" + f.destination));

    s.put(
        "oauthCallback",
        (http, f) -> {
          URI consent = URI.create(initiateOAuth(http, f).json().get("consentUrl").asText());
          String query = consent.getRawQuery();
          return http.send("GET", "/oauth/callback?" + query, null, null, null);
        });

    s.put(
        "createConnection",
        (http, f) ->
            http.post(
                "/connections",
                "{\"sourceId\":\""
                    + f.source
                    + "\",\"destinationId\":\""
                    + f.destination
                    + "\",\"name\":\"Hourly\",\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\"0"
                    + " 0 * * * ?\"},"
                    + "\"configurations\":{\"streams\":[{\"name\":\"customers\",\"syncMode\":\"incremental_append\","
                    + "\"cursorField\":[\"updated_at\"]}]},\"tags\":[{\"tagId\":\""
                    + f.tag
                    + "\",\"workspaceId\":\""
                    + f.workspace
                    + "\",\"name\":\"finance\",\"color\":\"FF5733\"}]}"));
    s.put(
        "listConnections",
        (http, f) -> http.get("/connections?workspaceIds=" + f.workspace + "&tagIds=" + f.tag));
    s.put("getConnection", (http, f) -> http.get("/connections/" + f.connection));
    s.put(
        "patchConnection",
        (http, f) ->
            http.patch(
                "/connections/" + f.connection, "{\"name\":\"Renamed\",\"status\":\"inactive\"}"));
    s.put("deleteConnection", (http, f) -> http.delete("/connections/" + f.connection));

    s.put(
        "getStreamProperties",
        (http, f) -> http.get("/streams?sourceId=" + f.source + "&destinationId=" + f.destination));

    s.put("listWorkspaces", (http, f) -> http.get("/workspaces?includeDeleted=true"));
    s.put("createWorkspace", (http, f) -> http.post("/workspaces", "{\"name\":\"Marketing\"}"));
    s.put("getWorkspace", (http, f) -> http.get("/workspaces/" + f.workspace));
    s.put(
        "updateWorkspace",
        (http, f) -> http.patch("/workspaces/" + f.workspace, "{\"name\":\"Renamed\"}"));
    s.put("deleteWorkspace", (http, f) -> http.delete("/workspaces/" + f.workspace));
    s.put(
        "createOrUpdateWorkspaceOAuthCredentials",
        (http, f) ->
            http.put("/workspaces/" + f.workspace + "/oauthCredentials", OAUTH_CREDENTIALS));
    s.put(
        "deleteWorkspaceOAuthCredentials",
        (http, f) -> {
          http.put("/workspaces/" + f.workspace + "/oauthCredentials", OAUTH_CREDENTIALS);
          return http.delete("/workspaces/" + f.workspace + "/oauthCredentials/source/google-ads");
        });

    s.put("getPermission", (http, f) -> http.get("/permissions/" + f.permission));
    s.put(
        "updatePermission",
        (http, f) ->
            http.patch("/permissions/" + f.permission, "{\"permissionType\":\"workspace_admin\"}"));
    s.put("deletePermission", (http, f) -> http.delete("/permissions/" + f.permission));
    s.put(
        "listPermissions", (http, f) -> http.get("/permissions?organizationId=" + f.organization));
    s.put(
        "createPermission",
        (http, f) ->
            http.post(
                "/permissions",
                "{\"permissionType\":\"workspace_editor\",\"userId\":\""
                    + f.user
                    + "\",\"workspaceId\":\""
                    + f.workspace
                    + "\"}"));

    s.put("listOrganizationsForUser", (http, f) -> http.get("/organizations"));
    s.put(
        "createOrUpdateOrganizationOAuthCredentials",
        (http, f) ->
            http.put("/organizations/" + f.organization + "/oauthCredentials", OAUTH_CREDENTIALS));
    s.put(
        "deleteOrganizationOAuthCredentials",
        (http, f) -> {
          http.put("/organizations/" + f.organization + "/oauthCredentials", OAUTH_CREDENTIALS);
          return http.delete(
              "/organizations/" + f.organization + "/oauthCredentials/source/google-ads");
        });

    s.put(
        "listUsersWithinAnOrganization",
        (http, f) -> http.get("/users?organizationId=" + f.organization));

    s.put(
        "listGroups",
        (http, f) -> http.get("/groups?organizationId=" + f.organization + "&limit=10"));
    s.put(
        "createGroup",
        (http, f) ->
            http.post(
                "/groups",
                "{\"name\":\"Analysts\",\"description\":null,\"organizationId\":\""
                    + f.organization
                    + "\"}"));
    s.put("getGroup", (http, f) -> http.get("/groups/" + f.group));
    s.put(
        "updateGroup",
        (http, f) -> http.patch("/groups/" + f.group, "{\"description\":\"Owns the warehouse\"}"));
    s.put("deleteGroup", (http, f) -> http.delete("/groups/" + f.group));
    s.put("listGroupMembers", (http, f) -> http.get("/groups/" + f.group + "/members?limit=5"));
    s.put(
        "addGroupMember",
        (http, f) ->
            http.post("/groups/" + f.group + "/members", "{\"userId\":\"" + f.newcomer + "\"}"));
    s.put(
        "removeGroupMember", (http, f) -> http.delete("/groups/" + f.group + "/members/" + f.user));
    s.put("listGroupPermissions", (http, f) -> http.get("/groups/" + f.group + "/permissions"));
    s.put("createGroupPermission", OperationScenarios::createGroupPermission);
    s.put(
        "deleteGroupPermission",
        (http, f) ->
            http.delete(
                "/groups/"
                    + f.group
                    + "/permissions/"
                    + idOf(createGroupPermission(http, f), "permissionId")));

    s.put("listTags", (http, f) -> http.get("/tags?workspaceIds=" + f.workspace));
    s.put(
        "createTag",
        (http, f) ->
            http.post(
                "/tags",
                "{\"name\":\"pii\",\"color\":\"00FF00\",\"workspaceId\":\"" + f.workspace + "\"}"));
    s.put("getTag", (http, f) -> http.get("/tags/" + f.tag));
    s.put("deleteTag", (http, f) -> http.delete("/tags/" + f.tag));
    s.put(
        "updateTag",
        (http, f) ->
            http.patch("/tags/" + f.tag, "{\"name\":\"accounting\",\"color\":\"0000FF\"}"));

    s.put(
        "getEmbeddedWidget",
        (http, f) ->
            http.post(
                "/embedded/widget_token",
                "{\"allowedOrigin\":\"https://app.example.com\",\"externalUserId\":\"customer-7\",\"organizationId\":\""
                    + f.organization
                    + "\"}"));
    s.put(
        "generateEmbeddedScopedToken",
        (http, f) ->
            http.post("/embedded/scoped_token", "{\"workspaceId\":\"" + f.workspace + "\"}"));
    s.put("listEmbeddedOrganizationsByUser", (http, f) -> http.get("/embedded/organizations"));
    return s;
  }

  private static void addDefinitionScenarios(
      Map<String, BiFunction<TestHttp, Fixture, Exchange>> s, String noun, String plural) {
    String base = "/workspaces/%s/definitions/" + plural;
    s.put("list" + noun + "Definitions", (http, f) -> http.get(base.formatted(f.workspace)));
    s.put(
        "create" + noun + "Definition",
        (http, f) -> createDefinition(http, base.formatted(f.workspace)));
    s.put(
        "get" + noun + "Definition",
        (http, f) ->
            http.get(
                base.formatted(f.workspace)
                    + "/"
                    + idOf(createDefinition(http, base.formatted(f.workspace)), "id")));
    s.put(
        "update" + noun + "Definition",
        (http, f) ->
            http.put(
                base.formatted(f.workspace)
                    + "/"
                    + idOf(createDefinition(http, base.formatted(f.workspace)), "id"),
                "{\"name\":\"Custom 2\",\"dockerImageTag\":\"1.0.1\"}"));
    s.put(
        "delete" + noun + "Definition",
        (http, f) ->
            http.delete(
                base.formatted(f.workspace)
                    + "/"
                    + idOf(createDefinition(http, base.formatted(f.workspace)), "id")));
  }

  private static Exchange createDefinition(TestHttp http, String path) {
    return http.post(
        path,
        "{\"name\":\"Custom\",\"dockerRepository\":\"acme/connector-custom\",\"dockerImageTag\":\"1.0.0\","
            + "\"documentationUrl\":\"https://docs.example.com/custom\"}");
  }

  /**
   * The spec lists workspaceId as required in the body (and nowhere in its properties), so a valid
   * request has it.
   */
  private static Exchange createDeclarative(TestHttp http, Fixture f) {
    return http.post(
        "/workspaces/" + f.workspace + "/definitions/declarative_sources",
        "{\"workspaceId\":\""
            + f.workspace
            + "\",\"name\":\"Weather API\",\"manifest\":"
            + MANIFEST
            + "}");
  }

  private static Exchange initiateOAuth(TestHttp http, Fixture f) {
    return http.post(
        "/sources/initiateOAuth",
        "{\"redirectUrl\":\"https://app.example.com/oauth/done\",\"workspaceId\":\""
            + f.workspace
            + "\",\"sourceType\":\"google-ads\"}");
  }

  private static Exchange createGroupPermission(TestHttp http, Fixture f) {
    return http.post(
        "/groups/" + f.group + "/permissions",
        "{\"permissionType\":\"workspace_reader\",\"workspaceId\":\"" + f.workspace + "\"}");
  }

  static String idOf(Exchange exchange, String field) {
    if (exchange.status() >= 300) {
      throw new AssertionError("Set-up request failed: " + exchange);
    }
    return exchange.json().get(field).asText();
  }
}
