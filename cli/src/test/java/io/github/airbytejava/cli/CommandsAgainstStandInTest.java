package io.github.airbytejava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.airbytejava.standin.AirbyteStandIn;
import io.github.airbytejava.standin.JobProgression;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The tool's commands, run in-process against the stand-in, their output parsed back. */
@Timeout(30)
class CommandsAgainstStandInTest {

  private static AirbyteStandIn standIn;
  private static Map<String, String> environment;
  private static UUID workspaceId;

  @BeforeAll
  static void start() {
    standIn = AirbyteStandIn.builder().jobProgression(JobProgression.perPoll()).start();
    environment = Map.of(
        "AIRBYTE_API_URL", standIn.baseUrl(),
        "AIRBYTE_CLIENT_ID", standIn.clientId(),
        "AIRBYTE_CLIENT_SECRET", standIn.clientSecret());
    workspaceId = standIn.state().createWorkspace("cli-tests");
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  @Test
  void healthSaysOk() {
    CliRun run = run("health");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ok: " + standIn.baseUrl());
  }

  @Test
  void workspacesListAsJsonParsesBackToTheWorkspaces() throws Exception {
    CliRun run = run("workspaces", "list", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode workspaces = Output.mapper().readTree(run.out());
    assertThat(workspaces.isArray()).isTrue();
    assertThat(workspaces.findValuesAsText("workspaceId")).contains(workspaceId.toString());
  }

  @Test
  void sourcesCreateGetListAndDeleteRoundTrip() throws Exception {
    String definition = definitionId("sources");
    CliRun created = run("sources", "create", "--workspace", workspaceId.toString(), "--name", "cli-postgres",
        "--definition", definition, "--config", "{\"host\":\"db\",\"port\":5432}", "--json");
    assertThat(created.exitCode()).as(created.err()).isZero();
    String sourceId = Output.mapper().readTree(created.out()).get("sourceId").asText();

    assertThat(run("sources", "get", sourceId).out()).contains("cli-postgres").contains("\"port\" : 5432");
    assertThat(run("sources", "list", "--workspace", workspaceId.toString()).out()).contains(sourceId);
    assertThat(run("sources", "delete", sourceId).exitCode()).isZero();
    assertThat(run("sources", "get", sourceId).exitCode()).isEqualTo(ExitCodes.NOT_FOUND.code);
  }

  @Test
  void aSyncWithWaitFollowsTheJobToSucceeded() throws Exception {
    UUID connectionId = connection("cli-sync");

    CliRun run = run("jobs", "sync", "--connection", connectionId.toString(), "--wait", "--poll", "0.05");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("pending").contains("running").contains("finished job").contains("succeeded");
  }

  @Test
  void aFailingSyncExitsWithTheJobFailedCode() throws Exception {
    UUID connectionId = connection("cli-fail-sync");

    CliRun run = run("jobs", "sync", "--connection", connectionId.toString(), "--wait", "--poll", "0.05");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.JOB_FAILED.code);
    assertThat(run.out()).contains("failed");
  }

  @Test
  void listWithLimitMakesOneRequestAndListWithoutPagesThroughEverything() throws Exception {
    UUID connectionId = connection("cli-jobs");
    for (int i = 0; i < 3; i++) {
      run("jobs", "sync", "--connection", connectionId.toString(), "--wait", "--poll", "0.05");
    }

    JsonNode limited = Output.mapper().readTree(
        run("jobs", "list", "--connection", connectionId.toString(), "--limit", "2", "--json").out());
    JsonNode all = Output.mapper().readTree(run("jobs", "list", "--connection", connectionId.toString(), "--json").out());

    assertThat(limited).hasSize(2);
    assertThat(all).hasSize(3);
  }

  @Test
  void aLimitOutsideTheApiRangeIsRejectedBeforeAnyRequest() {
    CliRun run = run("sources", "list", "--limit", "101");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT.code);
    assertThat(run.err()).contains("--limit 101 is outside 1..100");
  }

  @Test
  void invalidConfigJsonSaysWhatIsWrong() {
    CliRun run = run("sources", "create", "--workspace", workspaceId.toString(), "--name", "x",
        "--definition", UUID.randomUUID().toString(), "--config", "{host:");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT.code);
    assertThat(run.err()).contains("--config is not valid JSON");
  }

  @Test
  void definitionsListTheConnectors() {
    CliRun run = run("definitions", "destinations");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("DEFINITION ID").contains("Postgres");
  }

  @Test
  void tokenSaysWhenItExpiresAndPrintsItOnlyWithShow() throws Exception {
    CliRun hidden = run("token");
    JsonNode shown = Output.mapper().readTree(run("token", "--show", "--json").out());

    assertThat(hidden.exitCode()).isZero();
    assertThat(hidden.out()).contains("token expires at").contains("add --show");
    assertThat(shown.get("accessToken").asText()).isNotBlank();
    assertThat(hidden.out()).doesNotContain(shown.get("accessToken").asText());
  }

  @Test
  void aWrongClientSecretExitsWithTheAuthenticationCodeAndNeverPrintsTheSecret() {
    CliRun run = CliRun.of(Map.of("AIRBYTE_API_URL", standIn.baseUrl(), "AIRBYTE_CLIENT_ID", standIn.clientId(),
        "AIRBYTE_CLIENT_SECRET", "wrong-secret-value"), "workspaces", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION.code);
    assertThat(run.err()).contains("AIRBYTE_CLIENT_ID").doesNotContain("wrong-secret-value");
  }

  @Test
  void demoRunsTheWholeStoryOnItsOwnStandIn() {
    CliRun run = CliRun.of(Map.of(), "demo", "--token-lifetime", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("6. Sync").contains("succeeded")
        .contains("8. Token refresh");
    java.util.regex.Matcher requests =
        java.util.regex.Pattern.compile("token requests: (\\d+) -> (\\d+)").matcher(run.out());
    assertThat(requests.find()).isTrue();
    assertThat(Integer.parseInt(requests.group(2))).isGreaterThan(Integer.parseInt(requests.group(1)));
  }

  private static String definitionId(String kind) throws Exception {
    JsonNode definitions = Output.mapper().readTree(run("definitions", kind, "--json").out());
    return definitions.get(0).get("id").asText();
  }

  private static UUID connection(String name) {
    UUID source = standIn.state().createSource(workspaceId, name + "-source", "postgres");
    UUID destination = standIn.state().createDestination(workspaceId, name + "-destination", "postgres");
    return standIn.state().createConnection(source, destination, name);
  }

  private static CliRun run(String... args) {
    return CliRun.of(environment, args);
  }
}
