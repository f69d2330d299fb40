package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.ValidationConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The effective spec as the build wrote it (system property {@code airbyte.effectiveSpec}, not the
 * copy inside the stand-in), and a strict validator over it: independent of the stand-in's own
 * reading of the spec.
 */
final class SpecCheck {
  private static final Path SPEC = locate();

  /**
   * For responses: strict, unknown properties are errors too (the validator's default ignores
   * them), so the stand-in cannot send fields the spec does not have.
   */
  private static final OpenApiInteractionValidator STRICT =
      OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
          .withBasePathOverride("/api/public/v1")
          .withLevelResolver(LevelResolver.create().build())
          .withSchemaValidationConfiguration(new ValidationConfiguration().setMaxCacheSize(2_000))
          .build();

  /**
   * For the tests' own requests: unknown properties and query parameters allowed, as the spec
   * allows them (and oauthCallback takes any query parameter). Strictness would refuse the one
   * valid body of createDeclarativeSourceDefinition, whose schema requires a workspaceId it does
   * not declare as a property.
   */
  private static final OpenApiInteractionValidator DEFAULT =
      OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
          .withBasePathOverride("/api/public/v1")
          .withLevelResolver(
              LevelResolver.create()
                  .withLevel(
                      "validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                  .withLevel(
                      "validation.request.parameter.query.unexpected",
                      ValidationReport.Level.IGNORE)
                  .build())
          .withSchemaValidationConfiguration(new ValidationConfiguration().setMaxCacheSize(2_000))
          .build();

  private SpecCheck() {}

  /** Where the effective spec is. */
  static Path specPath() {
    return SPEC;
  }

  /** Every operation id of the effective spec, read with swagger-parser directly. */
  static List<String> operationIds() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI api = new OpenAPIV3Parser().read(SPEC.toString(), null, options);
    List<String> ids = new ArrayList<>();
    api.getPaths()
        .values()
        .forEach(item -> item.readOperations().forEach(op -> ids.add(op.getOperationId())));
    return ids;
  }

  /**
   * Validates the request (with the validator's defaults) and the response (strictly) against the
   * spec.
   */
  static ValidationReport validate(Exchange exchange) {
    Request request = exchange.validatorRequest();
    return DEFAULT
        .validateRequest(request)
        .merge(
            STRICT.validateResponse(
                request.getPath(), request.getMethod(), exchange.validatorResponse()));
  }

  /**
   * Asserts that the exchange conforms to the spec ({@link #validate}), naming its errors when it
   * does not.
   */
  static void assertConforms(Exchange exchange) {
    ValidationReport report = validate(exchange);
    assertThat(report.hasErrors()).as("%s%n%s", exchange, errors(report)).isFalse();
  }

  /**
   * Validates only the response, strictly: for tests that send requests the spec refuses on
   * purpose.
   */
  static ValidationReport validateResponse(Exchange exchange) {
    Request request = exchange.validatorRequest();
    return STRICT.validateResponse(
        request.getPath(), request.getMethod(), exchange.validatorResponse());
  }

  /** The report's errors, one per line, for assertion messages. */
  static String errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(message -> message.getKey() + ": " + message.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /** The keys of the report's errors. */
  static List<String> errorKeys(ValidationReport report) {
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(ValidationReport.Message::getKey)
        .toList();
  }

  private static Path locate() {
    String property = System.getProperty("airbyte.effectiveSpec");
    if (property == null || property.isBlank()) {
      throw new IllegalStateException(
          "System property airbyte.effectiveSpec is not set; run the tests with Maven (the parent"
              + " pom sets it).");
    }
    Path path = Path.of(property);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "No effective spec at " + path + "; build the openapi module first.");
    }
    return path;
  }
}
