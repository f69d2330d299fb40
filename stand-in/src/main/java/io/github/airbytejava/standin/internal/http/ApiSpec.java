package io.github.airbytejava.standin.internal.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.ValidationConfiguration;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The effective spec, loaded once per JVM: the stand-in's route table, the statuses each operation
 * may answer with, and the validator for incoming requests.
 *
 * <p>By default it is the copy bundled into this jar at build time (from the {@code
 * airbyte-api-spec} artifact), so the stand-in always serves the contract it was built against.
 * Parsing takes about a second, which is why instances are cached: tests that start many stand-ins
 * pay it once.
 */
public final class ApiSpec {
  /** Where the build puts the effective spec inside the jar. */
  public static final String BUNDLED_RESOURCE = "/io/github/airbytejava/standin/airbyte-api.yaml";

  private static final Map<String, ApiSpec> CACHE = new ConcurrentHashMap<>();

  private final List<SpecOperation> operations;
  private final OpenApiInteractionValidator requestValidator;

  private ApiSpec(String text) {
    ParseOptions options = new ParseOptions();
    // The same options the validator uses by default, so it sees exactly what it would have loaded
    // itself.
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    OpenAPI openApi =
        new OpenApiLoader()
            .loadApi(OpenApiInteractionValidator.SpecSource.inline(text), List.of(), options);
    this.operations = Collections.unmodifiableList(readOperations(openApi));
    this.requestValidator =
        OpenApiInteractionValidator.createFor(openApi)
            // Requests arrive here with the prefix (/api/public/v1 or /v1) already taken off.
            .withBasePathOverride("/")
            .withLevelResolver(
                LevelResolver.create()
                    // The dispatcher authenticates before validating, with Airbyte's own 401
                    // problem.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    // Airbyte does not refuse a request for its Accept header; neither do we.
                    .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                    // Airbyte ignores query parameters it does not know (and oauthCallback takes
                    // any).
                    .withLevel(
                        "validation.request.parameter.query.unexpected",
                        ValidationReport.Level.IGNORE)
                    // The spec allows unknown properties (it never says additionalProperties:
                    // false) and Airbyte
                    // ignores them; without this the validator would refuse them.
                    .withLevel(
                        "validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .build())
            // One compiled JSON schema per body and parameter: room for all of them, not the
            // default 100.
            .withSchemaValidationConfiguration(new ValidationConfiguration().setMaxCacheSize(2_000))
            .build();
  }

  /** The effective spec bundled into this jar. */
  public static ApiSpec bundled() {
    return CACHE.computeIfAbsent("bundled:" + BUNDLED_RESOURCE, key -> new ApiSpec(readBundled()));
  }

  /** An effective spec from a file, e.g. one being changed; cached by its absolute path. */
  public static ApiSpec fromFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return CACHE.computeIfAbsent("file:" + absolute, key -> new ApiSpec(readFile(absolute)));
  }

  /** Every operation, in the spec's order. */
  public List<SpecOperation> operations() {
    return operations;
  }

  /** The operation with this id, if the spec has one. */
  public Optional<SpecOperation> operation(String operationId) {
    return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst();
  }

  /**
   * Validates requests (parameters, bodies, content types) against the spec. Paths must be relative
   * to the API root. Security and Accept headers are not checked here (see the constructor).
   */
  public OpenApiInteractionValidator requestValidator() {
    return requestValidator;
  }

  private static List<SpecOperation> readOperations(OpenAPI api) {
    boolean securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
    List<SpecOperation> result = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            result.add(
                                toSpecOperation(path, method, operation, securedByDefault))));
    return result;
  }

  private static SpecOperation toSpecOperation(
      String path, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
    boolean requiresAuth =
        operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
    Set<Integer> statuses = new LinkedHashSet<>();
    if (operation.getResponses() != null) {
      for (String code : operation.getResponses().keySet()) {
        if (code.chars().allMatch(Character::isDigit)) {
          statuses.add(Integer.parseInt(code));
        }
      }
    }
    return new SpecOperation(
        operation.getOperationId(),
        method.name(),
        path,
        requiresAuth,
        Collections.unmodifiableSet(statuses));
  }

  private static String readBundled() {
    try (InputStream in = ApiSpec.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The effective spec is missing from the stand-in's jar ("
                + BUNDLED_RESOURCE
                + "). It is copied there by the build (maven-dependency-plugin, phase"
                + " generate-resources); rebuild the stand-in module.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled effective spec", e);
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the effective spec at " + file, e);
    }
  }
}
