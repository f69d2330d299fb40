package io.github.airbytejava.contract.check;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the operation of the effective spec that a request (method and path) belongs to. */
final class OperationIndex {

  /** The base paths a request may carry: Cloud's and self-managed. */
  private static final Pattern BASE = Pattern.compile("^(/api/public)?/v1(?=/|$)");

  record Operation(String operationId, String method, String pathTemplate, Pattern pattern) {}

  private final List<Operation> operations = new ArrayList<>();

  OperationIndex(String effectiveSpec) {
    OpenAPI api = new OpenAPIV3Parser().read(effectiveSpec);
    api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
        operations.add(new Operation(op.getOperationId(), method.name(), template, toPattern(template)))));
  }

  static OperationIndex forEffectiveSpec() {
    return new OperationIndex(System.getProperty("airbyte.effectiveSpec"));
  }

  List<Operation> all() {
    return operations;
  }

  Optional<Operation> find(String method, String path) {
    String relative = BASE.matcher(path).replaceFirst("");
    String bare = relative.isEmpty() ? "/" : relative;
    // Literal segments win over parameters (/applications/token before /applications/{applicationId}).
    return operations.stream()
        .filter(op -> op.method().equals(method.toUpperCase(Locale.ROOT)))
        .filter(op -> op.pattern().matcher(bare).matches())
        .min((a, b) -> Long.compare(braces(a.pathTemplate()), braces(b.pathTemplate())));
  }

  private static long braces(String template) {
    return template.chars().filter(c -> c == '{').count();
  }

  private static Pattern toPattern(String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

}
