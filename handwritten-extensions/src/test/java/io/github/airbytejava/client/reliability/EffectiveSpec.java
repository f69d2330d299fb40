package io.github.airbytejava.client.reliability;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The effective spec the client was generated from (system property {@code airbyte.effectiveSpec},
 * set by the parent pom for every test run), and the facts the reliability tests compare the
 * client's own lists with.
 */
final class EffectiveSpec {

  private static OpenAPI spec;

  private EffectiveSpec() {}

  static synchronized OpenAPI get() {
    if (spec == null) {
      String location = System.getProperty("airbyte.effectiveSpec");
      if (location == null) {
        throw new IllegalStateException(
            "System property airbyte.effectiveSpec is not set; run the tests through Maven.");
      }
      ParseOptions options = new ParseOptions();
      options.setResolve(false);
      spec = Objects.requireNonNull(new OpenAPIV3Parser().read(location, null, options), location);
    }
    return spec;
  }

  private static Stream<Operation> operations() {
    return get().getPaths().values().stream().flatMap(path -> path.readOperations().stream());
  }

  /** Operation ids of every operation. */
  static Set<String> operationIds() {
    return operations()
        .map(Operation::getOperationId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Operation ids of the operations that declare {@code security: []}: no credentials. */
  static Set<String> publicOperationIds() {
    return operations()
        .filter(op -> op.getSecurity() != null && op.getSecurity().isEmpty())
        .map(Operation::getOperationId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Names of the schema properties marked {@code format: password}, at any depth. */
  static Set<String> passwordPropertyNames() {
    Set<String> names = new TreeSet<>();
    properties(
        (name, property) -> {
          if ("password".equals(property.getFormat())) {
            names.add(name);
          }
        });
    return names;
  }

  /** Every property of every schema, at any depth: {@code name -> format} (null if none). */
  static Map<String, Set<String>> formatsByPropertyName() {
    Map<String, Set<String>> formats = new TreeMap<>();
    properties(
        (name, property) ->
            formats
                .computeIfAbsent(name, n -> new TreeSet<>())
                .add(String.valueOf(property.getFormat())));
    return formats;
  }

  private static void properties(BiConsumer<String, Schema<?>> visitor) {
    for (Schema<?> schema : get().getComponents().getSchemas().values()) {
      visit(schema, visitor);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-parser's schema maps are raw
  private static void visit(Schema<?> schema, BiConsumer<String, Schema<?>> visitor) {
    if (schema == null) {
      return;
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      properties.forEach(
          (name, property) -> {
            visitor.accept(name, property);
            visit(property, visitor);
          });
    }
    visit(schema.getItems(), visitor);
    for (List<Schema> parts :
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
            .filter(Objects::nonNull)
            .toList()) {
      parts.forEach(part -> visit(part, visitor));
    }
  }
}
