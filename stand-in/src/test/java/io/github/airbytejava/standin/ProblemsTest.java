package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Errors come as Airbyte's problem JSON, with a status the operation declares where the spec
 * declares one. The one thing a validator flags is the body itself: the spec declares every error
 * response without one (see README).
 */
class ProblemsTest {
  private static final String ERRORS = "https://reference.airbyte.com/reference/errors";

  /** One stand-in for the class, reset by the extension before each test. */
  @RegisterExtension static final AirbyteStandInExtension STAND_IN = new AirbyteStandInExtension();

  private AirbyteStandIn standIn;
  private TestHttp http;

  @BeforeEach
  void reset() {
    standIn = STAND_IN.standIn();
    http = new TestHttp(standIn);
  }

  @Test
  void anUnknownIdGets404ResourceNotFound() {
    UUID unknown = UUID.randomUUID();

    Exchange exchange = http.get("/sources/" + unknown);

    assertThat(exchange.status()).isEqualTo(404);
    assertThat(exchange.contentType()).isEqualTo("application/problem+json");
    assertThat(exchange.json().get("type").asText()).isEqualTo(ERRORS + "#resource-not-found");
    assertThat(exchange.json().get("title").asText()).isEqualTo("resource-not-found");
    assertThat(exchange.json().get("status").asInt()).isEqualTo(404);
    assertThat(exchange.json().get("detail").asText())
        .contains(unknown.toString())
        .contains("source");
    assertConformsToTheSpec(exchange);
  }

  @Test
  void unknownIdsGet404AcrossResources() {
    String id = UUID.randomUUID().toString();
    for (String path :
        new String[] {
          "/destinations/",
          "/connections/",
          "/workspaces/",
          "/tags/",
          "/permissions/",
          "/groups/",
          "/regions/",
          "/dataplanes/",
          "/applications/"
        }) {
      assertThat(http.get(path + id).status()).as(path).isEqualTo(404);
    }
    assertThat(http.get("/jobs/424242").status()).isEqualTo(404);
  }

  @Test
  void notFoundUsesTheStatusTheOperationDeclares() {
    // updateWorkspace declares 200, 400 and 403 only: Airbyte's resource-not-found is then a 400.
    Exchange exchange = http.patch("/workspaces/" + UUID.randomUUID(), "{\"name\":\"x\"}");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("title").asText()).isEqualTo("resource-not-found");
    assertConformsToTheSpec(exchange);
  }

  @Test
  void aBodyTheSpecRefusesGets400WithTheReasons() {
    Exchange exchange = http.post("/sources", "{\"name\":\"no workspace\",\"configuration\":{}}");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("type").asText()).isEqualTo(ERRORS + "#bad-request");
    assertThat(exchange.json().get("detail").asText()).contains("workspaceId");
    assertConformsToTheSpec(exchange);
  }

  @Test
  void aWrongTypeInAParameterGets400() {
    Exchange exchange = http.get("/jobs/not-a-number");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("title").asText()).isEqualTo("bad-request");
  }

  @Test
  void malformedJsonGets400() {
    Exchange exchange = http.post("/workspaces", "{\"name\":");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("title").asText()).isEqualTo("bad-request");
  }

  @Test
  void anUnknownSourceTypeIsUnprocessable() {
    UUID workspace = standIn.state().createWorkspace("Analytics");

    Exchange exchange =
        http.post(
            "/sources",
            "{\"name\":\"x\",\"workspaceId\":\""
                + workspace
                + "\",\"configuration\":{\"sourceType\":\"oracle-9i\"}}");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("title").asText()).isEqualTo("unprocessable-entity");
    assertThat(exchange.json().get("detail").asText()).contains("postgres");
  }

  @Test
  void aDuplicateTagNameIsAConflict() {
    UUID workspace = standIn.state().createWorkspace("Analytics");
    standIn.state().createTag(workspace, "pii", "FF0000");

    Exchange exchange =
        http.post(
            "/tags",
            "{\"name\":\"pii\",\"color\":\"00FF00\",\"workspaceId\":\"" + workspace + "\"}");

    assertThat(exchange.status()).isEqualTo(409);
    assertThat(exchange.json().get("title").asText()).isEqualTo("state-conflict");
    assertConformsToTheSpec(exchange);
  }

  @Test
  void builtInDefinitionsAreForbiddenToChange() {
    UUID workspace = standIn.state().createWorkspace("Analytics");

    Exchange exchange =
        http.delete(
            "/workspaces/"
                + workspace
                + "/definitions/sources/"
                + Fixture.POSTGRES_SOURCE_DEFINITION);

    assertThat(exchange.status()).isEqualTo(403);
    assertThat(exchange.json().get("title").asText()).isEqualTo("forbidden");
  }

  @Test
  void anUnknownPathGets404() {
    Exchange exchange = http.get("/no-such-thing");

    assertThat(exchange.status()).isEqualTo(404);
    assertThat(exchange.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void aPathOutsideTheApiGets404ThatSaysWhereTheApiIs() {
    Exchange exchange =
        new TestHttp(
                "http://127.0.0.1:" + standIn.port(), standIn.clientId(), standIn.clientSecret())
            .send("GET", "/sources", null, null, null);

    assertThat(exchange.status()).isEqualTo(404);
    assertThat(exchange.json().get("detail").asText()).contains("/api/public/v1");
  }

  @Test
  void aMethodThePathDoesNotHaveGets405() {
    Exchange exchange = http.authenticated("PUT", "/jobs", "{}");

    assertThat(exchange.status()).isEqualTo(405);
    assertThat(exchange.json().get("detail").asText()).contains("GET").contains("POST");
  }

  @Test
  void problemsNeverCarryTheSecret() {
    Exchange exchange = http.tokenRequest(standIn.clientId(), standIn.clientSecret() + "x");

    assertThat(exchange.body()).doesNotContain(standIn.clientSecret());
  }

  /**
   * The status is one the operation declares, and the problem body conforms to the effective spec's
   * {@code Problem} schema (openapi/overlays/85-problem-responses.yaml).
   */
  private static void assertConformsToTheSpec(Exchange exchange) {
    ValidationReport report = SpecCheck.validateResponse(exchange);
    assertThat(SpecCheck.errorKeys(report)).as("%s", SpecCheck.errors(report)).isEmpty();
  }
}
