package io.github.airbytejava.standin;

import static io.github.airbytejava.standin.SpecCheck.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.airbytejava.standin.internal.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Airbyte's behaviour beyond the shapes: create, read back, change, delete, and what ties resources
 * together.
 */
class ResourcesTest {
  /** Airbyte's id of the Stripe source definition, built into the stand-in. */
  private static final String STRIPE_SOURCE_DEFINITION = "e094cb9a-26de-4645-8761-65c0c425d1de";

  /** One stand-in for the class, reset by the extension before each test. */
  @RegisterExtension static final AirbyteStandInExtension STAND_IN = new AirbyteStandInExtension();

  private AirbyteStandIn standIn;
  private TestHttp http;
  private UUID workspace;

  @BeforeEach
  void reset() {
    standIn = STAND_IN.standIn();
    http = new TestHttp(standIn);
    workspace = standIn.state().createWorkspace("Analytics");
  }

  @Test
  void aSourceCreatedByTypeNameReadsBackWithItsDefinition() {
    Exchange created =
        http.post(
            "/sources",
            "{\"name\":\"Orders\",\"workspaceId\":\""
                + workspace
                + "\",\"configuration\":{\"sourceType\":\"postgres\","
                + "\"host\":\"db\",\"port\":5432}}");
    JsonNode read = http.get("/sources/" + created.json().get("sourceId").asText()).json();

    assertThat(read.get("sourceType").asText()).isEqualTo("postgres");
    assertThat(read.get("definitionId").asText()).isEqualTo(Fixture.POSTGRES_SOURCE_DEFINITION);
    assertThat(read.get("configuration").get("host").asText()).isEqualTo("db");
    assertThat(read.get("workspaceId").asText()).isEqualTo(workspace.toString());
  }

  @Test
  void patchMergesTheConfigurationAndPutReplacesIt() {
    UUID source =
        standIn
            .state()
            .createSource(
                UUID.randomUUID(),
                workspace,
                "Orders",
                "postgres",
                Map.of("host", "db", "port", 5432, "database", "shop"));

    JsonNode patched =
        http.patch("/sources/" + source, "{\"configuration\":{\"port\":6432}}").json();
    JsonNode replaced =
        http.put(
                "/sources/" + source,
                "{\"name\":\"Orders\",\"configuration\":{\"host\":\"db2\",\"port\":5432}}")
            .json();

    assertThat(patched.get("configuration").get("host").asText()).isEqualTo("db");
    assertThat(patched.get("configuration").get("port").asInt()).isEqualTo(6432);
    assertThat(patched.get("configuration").get("database").asText()).isEqualTo("shop");
    assertThat(replaced.get("configuration").get("host").asText()).isEqualTo("db2");
    assertThat(replaced.get("configuration").has("database")).isFalse();
  }

  @Test
  void aDeletedSourceIsGone() {
    UUID source = standIn.state().createSource(workspace, "Orders", "faker");

    assertThat(http.delete("/sources/" + source).status()).isEqualTo(204);

    assertThat(http.get("/sources/" + source).status()).isEqualTo(404);
    assertThat(http.delete("/sources/" + source).status()).isEqualTo(404);
  }

  @Test
  void aConnectionWithoutStreamsGetsEveryDiscoveredStream() {
    UUID source = standIn.state().createSource(workspace, "Shop", "faker");
    UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");

    JsonNode connection =
        http.post(
                "/connections",
                "{\"sourceId\":\"" + source + "\",\"destinationId\":\"" + destination + "\"}")
            .json();
    JsonNode streams = http.get("/streams?sourceId=" + source).json();

    assertThat(connection.get("name").asText()).isEqualTo("Shop → Lake");
    assertThat(connection.get("status").asText()).isEqualTo("active");
    assertThat(connection.get("schedule").get("scheduleType").asText()).isEqualTo("manual");
    assertThat(names(connection.get("configurations").get("streams"), "name"))
        .containsExactlyElementsOf(names(streams, "streamName"))
        .containsExactly("users", "products", "purchases");
  }

  @Test
  void aConnectionNamingAStreamTheSourceLacksIsRefused() {
    UUID source = standIn.state().createSource(workspace, "Shop", "faker");
    UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");

    Exchange exchange =
        http.post(
            "/connections",
            "{\"sourceId\":\""
                + source
                + "\",\"destinationId\":\""
                + destination
                + "\",\"configurations\":{\"streams\":[{\"name\":\"invoices\"}]}}");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("detail").asText()).contains("invoices").contains("users");
  }

  @Test
  void aDeletedConnectionIsDeprecatedAndListedOnlyWithDeletedOnes() {
    UUID connection = connection("Nightly");

    http.delete("/connections/" + connection);
    JsonNode withDeleted = http.get("/connections?includeDeleted=true").json().get("data");

    assertThat(http.get("/connections").json().get("data")).isEmpty();
    assertThat(withDeleted).hasSize(1);
    assertThat(withDeleted.get(0).get("status").asText()).isEqualTo("deprecated");
  }

  @Test
  void connectionsShowTheirTagsAsTheyAreNow() {
    UUID tag = standIn.state().createTag(workspace, "finance", "FF5733");
    UUID connection = connection("Nightly");
    http.patch(
        "/connections/" + connection,
        "{\"tags\":[{\"tagId\":\""
            + tag
            + "\",\"workspaceId\":\""
            + workspace
            + "\",\"name\":\"finance\",\"color\":\"FF5733\"}]}");

    http.patch("/tags/" + tag, "{\"name\":\"accounting\",\"color\":\"0000FF\"}");
    JsonNode renamed = http.get("/connections/" + connection).json();
    http.delete("/tags/" + tag);
    JsonNode untagged = http.get("/connections/" + connection).json();

    assertThat(renamed.get("tags").get(0).get("name").asText()).isEqualTo("accounting");
    assertThat(http.get("/connections?tagIds=" + tag).json().get("data")).isEmpty();
    assertThat(untagged.get("tags")).isEmpty();
  }

  @Test
  void patchLeavesFieldsThatAreNotSentAlone() {
    UUID connection = connection("Nightly");

    JsonNode patched = http.patch("/connections/" + connection, "{\"status\":\"inactive\"}").json();

    assertThat(patched.get("name").asText()).isEqualTo("Nightly");
    assertThat(patched.get("status").asText()).isEqualTo("inactive");
  }

  @Test
  void aWorkspaceCanBePinnedToARegion() {
    UUID region = standIn.state().createRegion("eu-west");

    JsonNode updated =
        http.patch("/workspaces/" + workspace, "{\"regionId\":\"" + region + "\"}").json();

    assertThat(updated.get("dataResidency").asText()).isEqualTo("eu-west");
  }

  @Test
  void permissionsMustMatchTheirScope() {
    UUID user = standIn.state().createUser("Ada", "ada@example.com");

    Exchange wrongScope =
        http.post(
            "/permissions",
            "{\"permissionType\":\"organization_admin\",\"userId\":\""
                + user
                + "\",\"workspaceId\":\""
                + workspace
                + "\"}");

    assertThat(wrongScope.status()).isEqualTo(400);
    assertThat(wrongScope.json().get("detail").asText()).contains("organizationId");
  }

  @Test
  void groupsCountTheirMembersAndRefuseDuplicates() {
    UUID user = standIn.state().createUser("Ada", "ada@example.com");
    UUID group = standIn.state().createGroup("Data team");

    Exchange added = http.post("/groups/" + group + "/members", "{\"userId\":\"" + user + "\"}");
    Exchange again = http.post("/groups/" + group + "/members", "{\"userId\":\"" + user + "\"}");

    assertThat(added.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(409);
    assertThat(http.get("/groups/" + group).json().get("memberCount").asInt()).isEqualTo(1);
  }

  @Test
  void theOAuthFlowRedirectsToTheCallerWithASecretId() {
    Exchange initiated =
        http.post(
            "/sources/initiateOAuth",
            "{\"redirectUrl\":\"https://app.example.com/done?x=1\",\"workspaceId\":\""
                + workspace
                + "\",\"sourceType\":\"google-ads\"}");
    String consentUrl = initiated.json().get("consentUrl").asText();

    Exchange callback =
        http.send("GET", consentUrl.substring(standIn.baseUrl().length()), null, null, null);

    assertThat(callback.status()).isEqualTo(302);
    assertThat(callback.responseHeaders().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location).startsWith("https://app.example.com/done?x=1&secret_id="));
    assertThat(
            http.send("GET", consentUrl.substring(standIn.baseUrl().length()), null, null, null)
                .status())
        .as("a consent is used once")
        .isEqualTo(400);
  }

  @Test
  void aStripeSourceIsCreatedByAirbytesDefinitionId() {
    Exchange created =
        http.post(
            "/sources",
            "{\"name\":\"Stripe\",\"workspaceId\":\""
                + workspace
                + "\",\"definitionId\":\""
                + STRIPE_SOURCE_DEFINITION
                + "\",\"configuration\":{\"account_id\":\"acct_1234\","
                + "\"client_secret\":\"sk_test_1234\",\"start_date\":\"2025-01-01T00:00:00Z\"}}");

    assertThat(created.status()).as("%s", created).isEqualTo(200);
    assertThat(created.json().get("sourceType").asText()).isEqualTo("stripe");
    assertThat(created.json().get("definitionId").asText()).isEqualTo(STRIPE_SOURCE_DEFINITION);
    assertConforms(created);
    assertThat(
            names(
                http.get("/streams?sourceId=" + created.json().get("sourceId").asText()).json(),
                "streamName"))
        .contains("customers", "invoices");
    assertThat(
            names(
                http.get("/connector_definitions?type=source&workspaceId=" + workspace)
                    .json()
                    .get("data"),
                "name"))
        .contains("Stripe", "Google Ads");
  }

  @Test
  void onlyASourceThatAuthorizesThroughOAuthStartsTheFlow() {
    Exchange postgres =
        http.post(
            "/sources/initiateOAuth",
            "{\"redirectUrl\":\"https://app.example.com/done\",\"workspaceId\":\""
                + workspace
                + "\",\"sourceType\":\"postgres\"}");
    Exchange googleAds =
        http.post(
            "/sources/initiateOAuth",
            "{\"redirectUrl\":\"https://app.example.com/done\",\"workspaceId\":\""
                + workspace
                + "\",\"sourceType\":\"google-ads\"}");

    assertThat(postgres.status()).isEqualTo(400);
    assertThat(postgres.json().get("detail").asText()).contains("postgres").contains("google-ads");
    assertConforms(postgres);
    assertThat(googleAds.status()).as("%s", googleAds).isEqualTo(200);
    assertThat(googleAds.contentType()).startsWith("application/json");
    assertThat(googleAds.json().get("consentUrl").asText()).contains("/oauth/callback");
    assertConforms(googleAds);
  }

  @Test
  void seedingCompletesAConfigurationWithExampleValuesForTheRequiredKeys() {
    UUID source =
        standIn
            .state()
            .createSource(UUID.randomUUID(), workspace, "Orders", "postgres", Map.of("host", "db"));
    UUID destination = standIn.state().createDestination(workspace, "Lake", "postgres");

    JsonNode sourceConfiguration = http.get("/sources/" + source).json().get("configuration");
    JsonNode destinationConfiguration =
        http.get("/destinations/" + destination).json().get("configuration");

    assertThat(sourceConfiguration.get("host").asText()).isEqualTo("db");
    assertThat(sourceConfiguration.get("port").asInt()).isEqualTo(5432);
    assertThat(destinationConfiguration.has("database")).isTrue();
    assertThat(destinationConfiguration.has("username")).isTrue();
  }

  @Test
  void seedingObeysTheSameRulesAsRequests() {
    assertThatThrownBy(() -> standIn.state().createSource(UUID.randomUUID(), "Orphan", "postgres"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("workspace");
    assertThatThrownBy(() -> standIn.state().createSource(workspace, "Unknown", "oracle-9i"))
        .hasMessageContaining("postgres");
  }

  @Test
  void resetForgetsEverythingButTheStartingState() {
    connection("Nightly");

    standIn.reset();

    assertThat(http.get("/workspaces").json().get("data")).isEmpty();
    assertThat(http.get("/organizations").json().get("data")).hasSize(1);
    assertThat(http.get("/applications").json().get("applications")).hasSize(1);
  }

  private UUID connection(String name) {
    UUID source = standIn.state().createSource(workspace, "Warehouse", "postgres");
    UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");
    return standIn.state().createConnection(source, destination, name);
  }

  private static List<String> names(JsonNode array, String field) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.get(field).asText())
        .toList();
  }
}
