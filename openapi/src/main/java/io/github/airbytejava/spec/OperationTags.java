package io.github.airbytejava.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every operation exactly one tag: its {@code x-speakeasy-group}.
 *
 * <p>Upstream tags each operation three times ({@code public_sources}, {@code public}, {@code
 * Sources}), so a generator writes it into three interfaces. The {@code x-speakeasy-group} is the
 * grouping Airbyte's own SDKs use. Overlay 1.0 cannot copy one field into another, so this step is
 * code, applied after the overlays; a group Airbyte adds later becomes an interface with no edit
 * here. An operation without a group fails the build rather than falling into a catch-all.
 */
public final class OperationTags {

  static final String GROUP = "x-speakeasy-group";
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OperationTags() {}

  /** Replaces each operation's tags with its group. Returns the number of operations tagged. */
  public static int tagByGroup(ObjectNode spec) {
    List<String> ungrouped = new ArrayList<>();
    int count = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey()) || !(op.getValue() instanceof ObjectNode operation)) {
          continue;
        }
        String group = operation.path(GROUP).asText("");
        if (group.isBlank()) {
          ungrouped.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
          continue;
        }
        operation.putArray("tags").add(group);
        count++;
      }
    }
    if (!ungrouped.isEmpty()) {
      throw new IllegalStateException(
          "Operations without " + GROUP + " would have no interface to live in: " + ungrouped
              + ". Give each a group in an overlay (see openapi/overlays/).");
    }
    spec.remove("tags");
    return count;
  }
}
