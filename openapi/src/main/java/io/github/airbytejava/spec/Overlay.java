package io.github.airbytejava.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One OpenAPI Overlay 1.0 document: a named list of {@link Action}s that change a spec.
 *
 * <p>Only the parts of the Overlay 1.0 specification this project uses are read: {@code overlay},
 * {@code info.title}, and per action {@code target}, {@code description}, {@code update} and {@code
 * remove}. Unknown keys are rejected rather than ignored, so a typo cannot silently turn a fix off.
 *
 * @param actions the actions, in document order
 */
public record Overlay(List<Action> actions) {

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Set<String> DOCUMENT_KEYS = Set.of("overlay", "info", "extends", "actions");
  private static final Set<String> ACTION_KEYS = Set.of("target", "description", "update", "remove");

  /**
   * One overlay action.
   *
   * @param overlay the title of the overlay document it belongs to
   * @param index the action's position in its document, from 1
   * @param target a JSONPath expression selecting the nodes to change
   * @param description what is wrong upstream and why this fix
   * @param update the object merged into every target, or {@code null}
   * @param remove whether the targets are removed
   */
  public record Action(
      String overlay, int index, String target, String description, JsonNode update, boolean remove) {

    /** A short name for messages: the document, the action's number and its target. */
    public String name() {
      return "'" + overlay + "' action #" + index + " (target " + target + ")";
    }
  }

  /** Reads and checks an overlay document. */
  public static Overlay read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read overlay " + file + ": " + e.getMessage(), e);
    }
    String source = file.getFileName().toString();
    if (!(root instanceof ObjectNode)) {
      throw invalid(source, "the document is not a YAML mapping");
    }
    rejectUnknownKeys(source, "the document", root, DOCUMENT_KEYS);
    if (!root.path("overlay").asText().startsWith("1.0")) {
      throw invalid(source, "'overlay' must be 1.0.x, found '" + root.path("overlay").asText() + "'");
    }
    String title = root.path("info").path("title").asText("");
    if (title.isBlank()) {
      throw invalid(source, "info.title is missing");
    }
    JsonNode actionNodes = root.path("actions");
    if (!actionNodes.isArray() || actionNodes.isEmpty()) {
      throw invalid(source, "'actions' must be a non-empty list");
    }
    List<Action> actions = new ArrayList<>();
    int index = 0;
    for (JsonNode node : actionNodes) {
      index++;
      String where = "action #" + index;
      rejectUnknownKeys(source, where, node, ACTION_KEYS);
      String target = node.path("target").asText("");
      String description = node.path("description").asText("");
      JsonNode update = node.get("update");
      boolean remove = node.path("remove").asBoolean(false);
      if (!target.startsWith("$")) {
        throw invalid(source, where + " needs a JSONPath 'target' starting with '$'");
      }
      if (description.isBlank()) {
        throw invalid(source, where + " needs a 'description' saying what is wrong upstream and why");
      }
      if (remove == (update != null)) {
        throw invalid(source, where + " needs exactly one of 'update' or 'remove: true'");
      }
      actions.add(new Action(title, index, target, description, update, remove));
    }
    return new Overlay(List.copyOf(actions));
  }

  private static void rejectUnknownKeys(String source, String where, JsonNode node, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name) && !name.startsWith("x-")) {
        throw invalid(source, where + " has an unknown key '" + name + "'; allowed: " + known);
      }
    }
  }

  private static IllegalArgumentException invalid(String source, String what) {
    return new IllegalArgumentException("Overlay " + source + " is invalid: " + what);
  }
}
