package io.github.airbytejava.contract.provider;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operations of the effective spec, found by method and path: which operation a pinned
 * interaction exercises, and which group (the spec's tag, such as {@code Sources}) it belongs to.
 */
public final class SpecOperations {

  /**
   * An operation of the spec.
   *
   * @param operationId its id, such as {@code getSource}
   * @param method its HTTP method, upper case
   * @param pathTemplate its path, such as {@code /sources/{sourceId}}
   * @param group its group, the spec's tag such as {@code Sources}
   */
  public record SpecOperation(String operationId, String method, String pathTemplate, String group) {}

  private record Route(SpecOperation operation, Pattern pattern, int literalSegments) {}

  private final List<Route> routes = new ArrayList<>();

  private SpecOperations(OpenAPI spec) {
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
      String regex = Pattern.quote(path).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
      int literal = (int) Pattern.compile("/").splitAsStream(path).filter(s -> !s.isEmpty() && !s.startsWith("{"))
          .count();
      routes.add(new Route(new SpecOperation(operation.getOperationId(), method.name(), path, group(operation)),
          Pattern.compile(regex), literal));
    }));
  }

  /** The operations of the effective spec, whose path is the system property {@code airbyte.effectiveSpec}. */
  public static SpecOperations forEffectiveSpec() {
    String location = System.getProperty("airbyte.effectiveSpec");
    if (location == null) {
      throw new IllegalStateException("System property airbyte.effectiveSpec is not set; run through Maven");
    }
    OpenAPI spec = new OpenAPIV3Parser().read(Path.of(location).toUri().toString());
    if (spec == null) {
      throw new IllegalStateException("Cannot read the effective spec at " + location);
    }
    return new SpecOperations(spec);
  }

  /**
   * The operation serving {@code method} on {@code apiPath} (relative to the API base path, without
   * query); a literal segment wins over a parameter ({@code /sources/initiateOAuth} over {@code
   * /sources/{sourceId}}).
   */
  public Optional<SpecOperation> find(String method, String apiPath) {
    String wanted = method.toUpperCase(Locale.ROOT);
    return routes.stream()
        .filter(route -> route.operation().method().equals(wanted) && route.pattern().matcher(apiPath).matches())
        .max(Comparator.comparingInt(Route::literalSegments))
        .map(Route::operation);
  }

  /**
   * The operation serving {@code method} on {@code pactPath}, a path as the pacts write it: under
   * {@value InteractionRequests#PACT_BASE_PATH}, without query.
   */
  public Optional<SpecOperation> of(String method, String pactPath) {
    return find(method, InteractionRequests.apiPath(pactPath));
  }

  /** The operation a pact's interaction exercises. */
  public Optional<SpecOperation> of(SynchronousRequestResponse interaction) {
    return of(interaction.getRequest().getMethod(), interaction.getRequest().getPath());
  }

  /** Every operation of the spec. */
  public List<SpecOperation> all() {
    return routes.stream().map(Route::operation).toList();
  }

  /** The group of an operation: its last tag that is not one of Airbyte's {@code public...} tags. */
  private static String group(Operation operation) {
    List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
    return tags.stream().filter(tag -> !tag.startsWith("public")).reduce((first, second) -> second).orElse("");
  }
}
