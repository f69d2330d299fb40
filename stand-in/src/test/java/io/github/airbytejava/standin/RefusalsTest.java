package io.github.airbytejava.standin;

import static io.github.airbytejava.standin.SpecCheck.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the spec allows but Airbyte refuses: a blank workspace name, a configuration without the
 * keys its connector requires, a cron expression Quartz cannot read, a sync of an inactive
 * connection. Each gets a 400 bad-request problem, and the exchange conforms to the spec (the
 * request is valid, the refusal is a declared status with a problem body).
 */
class RefusalsTest {
  private static final String POSTGRES_DESTINATION = "25c5221d-dce2-4163-ade9-739ef790f503";
  private static final String STRIPE_SOURCE = "e094cb9a-26de-4645-8761-65c0c425d1de";

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

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "   "})
  void aBlankWorkspaceNameIsRefused(String name) {
    Exchange created = http.post("/workspaces", "{\"name\":\"" + name + "\"}");
    Exchange renamed = http.patch("/workspaces/" + workspace, "{\"name\":\"" + name + "\"}");

    assertBadRequest(created, "name");
    assertBadRequest(renamed, "name");
    assertThat(http.get("/workspaces").json().get("data")).hasSize(1);
    assertThat(http.get("/workspaces/" + workspace).json().get("name").asText())
        .isEqualTo("Analytics");
  }

  @Test
  void aDestinationConfigurationWithoutTheRequiredKeysIsRefusedNamingThem() {
    Exchange refused = http.post("/destinations", destination("{\"host\":\"db.example.com\"}"));
    Exchange accepted =
        http.post(
            "/destinations",
            destination(
                "{\"host\":\"db.example.com\",\"port\":5432,\"database\":\"analytics\","
                    + "\"username\":\"loader\"}"));

    assertBadRequest(refused, "port, database, username");
    assertThat(refused.json().get("detail").asText()).contains("Postgres destination");
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    assertConforms(accepted);
    assertThat(http.get("/destinations").json().get("data")).hasSize(1);
  }

  @Test
  void aNullValueDoesNotCountAsAKey() {
    Exchange refused =
        http.post(
            "/destinations",
            destination(
                "{\"host\":\"db\",\"port\":5432,\"database\":null,\"username\":\"loader\"}"));

    assertBadRequest(refused, "database");
  }

  @Test
  void aSourceConfigurationWithoutTheRequiredKeysIsRefusedToo() {
    Exchange refused =
        http.post(
            "/sources",
            "{\"name\":\"Stripe\",\"workspaceId\":\""
                + workspace
                + "\",\"definitionId\":\""
                + STRIPE_SOURCE
                + "\",\"configuration\":{\"account_id\":\"acct_1234\"}}");

    assertBadRequest(refused, "client_secret");
    assertThat(refused.body()).doesNotContain("acct_1234");
  }

  @Test
  void replacingOrPatchingAConfigurationKeepsTheRequiredKeysOrChangesNothing() {
    UUID destination = standIn.state().createDestination(workspace, "Lake", "postgres");
    JsonNode before = http.get("/destinations/" + destination).json();

    Exchange put =
        http.put(
            "/destinations/" + destination,
            "{\"name\":\"Renamed\",\"configuration\":{\"host\":\"db2\"}}");
    Exchange patched =
        http.patch(
            "/destinations/" + destination,
            "{\"name\":\"Renamed\",\"configuration\":{\"port\":null}}");

    assertBadRequest(put, "port, database, username");
    assertBadRequest(patched, "port");
    assertThat(http.get("/destinations/" + destination).json()).isEqualTo(before);
  }

  @Test
  void connectorsWithoutRequiredKeysTakeAnyConfiguration() {
    Exchange faker =
        http.post(
            "/sources",
            "{\"name\":\"Shop\",\"workspaceId\":\""
                + workspace
                + "\",\"configuration\":{\"sourceType\":\"faker\"}}");
    Exchange devNull =
        http.post(
            "/destinations",
            "{\"name\":\"Void\",\"workspaceId\":\""
                + workspace
                + "\",\"configuration\":{\"destinationType\":\"dev-null\",\"host\":\"x\"}}");

    assertThat(faker.status()).as("%s", faker).isEqualTo(200);
    assertThat(devNull.status()).as("%s", devNull).isEqualTo(200);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "0 0 12 * * ?",
        "0 0 * * * ?",
        "0 15 10 ? * MON-FRI",
        "0 0/5 14,18 * * ?",
        "0 15 10 L * ?",
        "0 15 10 ? * 6L",
        "0 15 10 ? * 6#3",
        "0 0 12 1W * ?",
        "0 0 12 L-2 * ?",
        "0 0 12 ? JAN-MAR,DEC SUN",
        "0 0 12 * * ? 2026",
        "0 0 12 * * ? 2026-2030",
        "*/30 * * * * ?",
        " 0  0 12 * * ? "
      })
  void aQuartzCronExpressionIsAccepted(String cron) {
    Exchange exchange = http.post("/connections", cronConnection(cron));

    assertThat(exchange.status()).as("%s", exchange).isEqualTo(200);
    assertThat(exchange.json().get("schedule").get("cronExpression").asText()).isEqualTo(cron);
    assertConforms(exchange);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "every day at noon",
        "0 12 * * *",
        "0 0 12 * * ? 2026 extra",
        "60 0 12 * * ?",
        "0 60 12 * * ?",
        "0 0 24 * * ?",
        "0 0 12 32 * ?",
        "0 0 12 0 * ?",
        "0 0 12 * 13 ?",
        "0 0 12 * FOO ?",
        "0 0 12 ? * 8",
        "0 0 12 ? * FUNDAY",
        "0 0 12 * * *",
        "0 0 12 ? * ?",
        "? 0 12 * * ?",
        "0 0/0 12 * * ?",
        "0 0/61 12 * * ?",
        "0 0 12 * * ? 1969",
        "0 0 12,, * * ?",
        "0 0 12 ? * 6#6"
      })
  void anExpressionQuartzCannotReadIsRefused(String cron) {
    Exchange exchange = http.post("/connections", cronConnection(cron));

    assertBadRequest(exchange, cron);
    assertThat(exchange.json().get("detail").asText()).contains("0 0 12 * * ?");
    assertThat(http.get("/connections").json().get("data")).isEmpty();
  }

  @Test
  void aPatchWithAnInvalidCronExpressionChangesNothing() {
    UUID connection = newConnection();
    JsonNode before = http.get("/connections/" + connection).json();

    Exchange exchange =
        http.patch(
            "/connections/" + connection,
            "{\"name\":\"Renamed\",\"schedule\":{\"scheduleType\":\"cron\","
                + "\"cronExpression\":\"every day at noon\"}}");

    assertBadRequest(exchange, "6 or 7");
    assertThat(http.get("/connections/" + connection).json()).isEqualTo(before);
  }

  @Test
  void anInactiveConnectionDoesNotSyncUntilItIsActiveAgain() {
    UUID connection = newConnection();
    http.patch("/connections/" + connection, "{\"status\":\"inactive\"}");

    Exchange refused = sync(connection, "sync");
    Exchange reset = sync(connection, "reset");
    http.patch("/connections/" + connection, "{\"status\":\"active\"}");
    Exchange started = sync(connection, "sync");

    assertBadRequest(refused, "inactive");
    assertThat(reset.status()).as("%s", reset).isEqualTo(200);
    assertThat(started.status()).as("%s", started).isEqualTo(200);
    assertConforms(started);
    assertThat(http.get("/jobs?jobType=sync").json().get("data")).hasSize(1);
  }

  private String destination(String configuration) {
    return "{\"name\":\"Postgres\",\"workspaceId\":\""
        + workspace
        + "\",\"definitionId\":\""
        + POSTGRES_DESTINATION
        + "\",\"configuration\":"
        + configuration
        + "}";
  }

  /** A request body for a connection on this cron schedule, between two new connectors. */
  private String cronConnection(String cron) {
    UUID source = standIn.state().createSource(workspace, "Shop", "faker");
    UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");
    return "{\"sourceId\":\""
        + source
        + "\",\"destinationId\":\""
        + destination
        + "\",\"schedule\":{\"scheduleType\":\"cron\",\"cronExpression\":\""
        + cron
        + "\"}}";
  }

  private UUID newConnection() {
    UUID source = standIn.state().createSource(workspace, "Shop", "faker");
    UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");
    return standIn.state().createConnection(source, destination, "Nightly");
  }

  private Exchange sync(UUID connection, String jobType) {
    return http.post(
        "/jobs", "{\"connectionId\":\"" + connection + "\",\"jobType\":\"" + jobType + "\"}");
  }

  /** A 400 bad-request problem whose detail mentions {@code mentioned}, conforming to the spec. */
  private static void assertBadRequest(Exchange exchange, String mentioned) {
    assertBadRequestProblem(exchange, mentioned);
    assertConforms(exchange);
  }

  private static void assertBadRequestProblem(Exchange exchange, String mentioned) {
    assertThat(exchange.status()).as("%s", exchange).isEqualTo(400);
    assertThat(exchange.contentType()).isEqualTo("application/problem+json");
    assertThat(exchange.json().get("type").asText())
        .isEqualTo("https://reference.airbyte.com/reference/errors#bad-request");
    assertThat(exchange.json().get("title").asText()).isEqualTo("bad-request");
    assertThat(exchange.json().get("status").asInt()).isEqualTo(400);
    assertThat(exchange.json().get("detail").asText()).contains(mentioned);
  }
}
