package io.github.airbytejava.specchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An effective spec (upstream plus overlays), read the way openapi-diff and the pact validator must
 * read it: as OpenAPI 3.0.3.
 *
 * <p>Upstream declares 3.1.0 but is written in 3.0 style; read as 3.1, both tools silently skip type
 * checks. The overlay {@code 10-openapi-version.yaml} already declares 3.0.3; should that overlay ever
 * go, this class still hands the tools 3.0.3 rather than let the checks go quiet. Raw upstream specs are
 * not accepted here: their dangling references make both tools refuse them.
 *
 * @param text the document, declaring {@code openapi: 3.0.3}
 * @param tree the same document as a tree
 */
public record EffectiveSpec(String text, ObjectNode tree) {

  static final String VERSION = "3.0.3";

  /** The keys of a path item that hold an operation. */
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final ObjectMapper YAML = new YAMLMapper();

  /** Reads an effective spec, declaring 3.0.3 if it says otherwise. */
  public static EffectiveSpec read(Path file) {
    String text;
    JsonNode tree;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
      tree = YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read effective spec " + file + ": " + e.getMessage(), e);
    }
    if (!(tree instanceof ObjectNode object) || !object.path("paths").isObject()) {
      throw new IllegalArgumentException(file + " is not an OpenAPI document (no 'paths')");
    }
    if (!VERSION.equals(object.path("openapi").asText())) {
      object.put("openapi", VERSION);
      try {
        text = YAML.writeValueAsString(object);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot re-serialise " + file, e);
      }
    }
    return new EffectiveSpec(text, object);
  }

  /** The path part of each server URL, in the spec's order ({@code /v1}, {@code /api/public/v1}). */
  public List<String> serverPaths() {
    List<String> paths = new ArrayList<>();
    for (JsonNode server : tree.path("servers")) {
      serverPath(server.path("url").asText("")).ifPresent(paths::add);
    }
    return paths;
  }

  /** The number of operations. */
  public int operationCount() {
    int[] count = {0};
    forEachOperation((path, method, operation) -> count[0]++);
    return count[0];
  }

  /** Calls {@code visitor} for every operation, in document order. */
  void forEachOperation(OperationVisitor visitor) {
    tree.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (METHODS.contains(op.getKey())) {
        visitor.visit(path.getKey(), op.getKey(), op.getValue());
      }
    }));
  }

  /** Receives one operation of the spec. */
  @FunctionalInterface
  interface OperationVisitor {

    /**
     * Receives one operation.
     *
     * @param path the path template, as in the spec
     * @param method the HTTP method, lower case as in the spec
     * @param operation the operation object
     */
    void visit(String path, String method, JsonNode operation);
  }

  private static Optional<String> serverPath(String url) {
    try {
      String path = new URI(url).getPath();
      return path == null || path.isBlank() ? Optional.empty() : Optional.of(path);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
