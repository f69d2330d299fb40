package io.github.airbytejava.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the effective spec's operation groups and their operations: the interfaces and methods the
 * generated client has. Run by {@code mvn -q -pl openapi process-classes exec:java@operations}.
 */
public final class OperationCatalog {

  private OperationCatalog() {}

  /**
   * Prints the catalog.
   *
   * @param args the effective spec to read
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: OperationCatalog <effective spec>");
    }
    Map<String, List<String>> groups = groups(EffectiveSpecBuilder.read(Path.of(args[0])));
    int operations = groups.values().stream().mapToInt(List::size).sum();
    System.out.printf("%d operations in %d groups (one generated interface per group)%n", operations, groups.size());
    groups.forEach(
        (group, ops) -> {
          System.out.printf("%n%sApi (%d)%n", group, ops.size());
          ops.forEach(op -> System.out.println("  " + op));
        });
  }

  /** Group name to "operationId  METHOD /path" lines, both sorted. */
  static Map<String, List<String>> groups(ObjectNode spec) {
    Map<String, List<String>> groups = new TreeMap<>();
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      JsonNode tags = op.getValue().path("tags");
      if (tags.isArray() && !tags.isEmpty()) {
        groups.computeIfAbsent(tags.get(0).asText(), g -> new ArrayList<>())
            .add(String.format("%-45s %-6s %s", op.getValue().path("operationId").asText(),
                op.getKey().toUpperCase(Locale.ROOT), path.getKey()));
      }
    }));
    groups.values().forEach(list -> list.sort(null));
    return groups;
  }
}
