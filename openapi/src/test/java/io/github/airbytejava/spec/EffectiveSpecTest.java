package io.github.airbytejava.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the effective spec that the build wrote, as every downstream tool will read it. */
class EffectiveSpecTest {

  private static final Path EFFECTIVE = Path.of("target/effective-spec/airbyte-api.yaml");
  private static SwaggerParseResult parsed;
  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readLocation(EFFECTIVE.toString(), null, options);
    api = parsed.getOpenAPI();
  }

  @Test
  void parsesWithoutASingleMessage() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api).isNotNull();
  }

  @Test
  void theRawUpstreamSpecDoesNotParseCleanlyWhichIsWhyTheOverlaysExist() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    SwaggerParseResult raw = new OpenAPIV3Parser().readLocation("upstream/airbyte-api.yaml", null, options);

    assertThat(raw.getMessages()).isNotEmpty();
  }

  @Test
  void declaresOpenApi303SoThatValidatorsCheckTypes() {
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void everyOperationHasExactlyOneTagAndItIsItsGroup() {
    List<Operation> operations = operations();

    assertThat(operations).hasSize(92);
    assertThat(operations)
        .allSatisfy(op -> assertThat(op.getTags()).containsExactly((String) op.getExtensions().get("x-speakeasy-group")));
    Map<String, Long> perTag =
        operations.stream().collect(Collectors.groupingBy(op -> op.getTags().get(0), Collectors.counting()));
    assertThat(perTag).hasSize(23).containsEntry("Root", 1L).containsEntry("Sources", 7L);
  }

  @Test
  void operationIdsAreUnique() {
    List<String> ids = operations().stream().map(Operation::getOperationId).toList();

    assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
  }

  @Test
  void tokenRequestRequiresTheWireNameGrantType() {
    Schema<?> token = api.getComponents().getSchemas().get("ApplicationTokenRequestWithGrant");

    assertThat(token.getRequired()).containsExactlyInAnyOrder("client_id", "client_secret", "grant-type");
    assertThat(token.getProperties()).containsKey("grant-type");
  }

  @Test
  void tokenEndpointHealthAndRootNeedNoCredentialsAndEverythingElseDoes() {
    assertThat(api.getSecurity()).hasSize(3);
    assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearerAuth", "basicAuth", "clientCredentials");
    assertThat(api.getPaths().get("/applications/token").getPost().getSecurity()).isEmpty();
    assertThat(api.getPaths().get("/health").getGet().getSecurity()).isEmpty();
    assertThat(api.getPaths().get("/").getGet().getSecurity()).isEmpty();
    assertThat(api.getPaths().get("/sources").getGet().getSecurity()).isNull();
  }

  @Test
  void noVendorOnlyArtifactsRemain() throws Exception {
    String text = Files.readString(EFFECTIVE);

    assertThat(text).doesNotContain("x-implements").doesNotContain("format: UUID");
  }

  @Test
  void formerlyDanglingReferencesResolve() {
    assertThat(api.getComponents().getSchemas()).containsKey("DataplaneCreateResponseBody");
    assertThat(api.getComponents().getResponses()).containsKey("ForbiddenResponse");
  }

  private static List<Operation> operations() {
    return api.getPaths().values().stream().flatMap(item -> item.readOperations().stream()).toList();
  }
}
