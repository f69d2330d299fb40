package io.github.airbytejava.specchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds operations that moved to another group. In an effective spec an operation's one tag is its
 * {@code x-speakeasy-group} (see {@code OperationTags} in openapi/), and the group is the generated
 * interface the operation's method lives in: a move breaks every caller. openapi-diff does not compare
 * tags, so this is read from the two trees.
 */
final class OperationGroups {

  private OperationGroups() {}

  /** One {@link ChangeKind#OPERATION_GROUP_CHANGED} per operation (same method and path) whose group changed. */
  static Map<OperationRef, Change> moved(EffectiveSpec before, EffectiveSpec after) {
    Map<OperationRef, Change> moved = new LinkedHashMap<>();
    before.forEachOperation((path, method, operation) -> {
      JsonNode now = after.tree().path("paths").path(path).path(method);
      String from = group(operation);
      String to = group(now);
      if (!now.isMissingNode() && !from.equals(to)) {
        OperationRef ref = new OperationRef(now.path("operationId").asText(), method, path);
        moved.put(ref, new Change(ChangeKind.OPERATION_GROUP_CHANGED, "", from + "Api -> " + to + "Api"));
      }
    });
    return moved;
  }

  private static String group(JsonNode operation) {
    List<String> tags = new ArrayList<>();
    operation.path("tags").forEach(tag -> tags.add(tag.asText()));
    return tags.isEmpty() ? "Default" : tags.get(0);
  }
}
