package io.github.airbytejava.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies overlay actions to a spec held as a Jackson tree, with Overlay 1.0 semantics.
 *
 * <p>{@code update} merges an object into each target: nested objects merge key by key, any other
 * value replaces the old one; when the target is an array, the update is appended to it. {@code
 * remove: true} removes each target from its parent.
 *
 * <p>An action that matches nothing is not skipped: it is collected, and {@link #apply} fails with
 * every such action named. That is how we learn that Airbyte fixed a defect upstream (or moved it),
 * and that our fix should go.
 */
public final class OverlayApplier {

  private final Configuration paths;
  private final Configuration values;

  /** Creates an applier whose JSONPath engine works directly on Jackson trees. */
  public OverlayApplier() {
    ObjectMapper mapper = new ObjectMapper();
    Configuration base =
        Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(mapper))
            .mappingProvider(new JacksonMappingProvider(mapper))
            .build();
    this.values = base.addOptions(Option.SUPPRESS_EXCEPTIONS);
    this.paths = base.addOptions(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS);
  }

  /**
   * Applies every action of every overlay, in order, to {@code spec} (changed in place).
   *
   * @throws UnmatchedOverlayActionsException naming each action whose target matched nothing
   */
  public void apply(ObjectNode spec, List<Overlay> overlays) {
    List<Overlay.Action> unmatched = new ArrayList<>();
    for (Overlay overlay : overlays) {
      for (Overlay.Action action : overlay.actions()) {
        if (!applyOne(spec, action)) {
          unmatched.add(action);
        }
      }
    }
    if (!unmatched.isEmpty()) {
      throw new UnmatchedOverlayActionsException(unmatched);
    }
  }

  /** Returns whether the action's target matched anything. */
  private boolean applyOne(ObjectNode spec, Overlay.Action action) {
    int matches = countMatches(spec, action.target());
    if (matches == 0) {
      return false;
    }
    if ("$".equals(action.target())) {
      if (action.remove()) {
        throw new IllegalArgumentException(action.name() + ": the document root cannot be removed");
      }
      merge(spec, action.update(), action);
      return true;
    }
    DocumentContext document = JsonPath.using(values).parse(spec);
    if (action.remove()) {
      document.delete(action.target());
    } else {
      document.map(action.target(), (current, configuration) -> merge((JsonNode) current, action.update(), action));
    }
    return true;
  }

  private int countMatches(ObjectNode spec, String target) {
    Object found = JsonPath.using(paths).parse(spec).read(target);
    if (found instanceof ArrayNode array) {
      return array.size();
    }
    if (found instanceof List<?> list) {
      return list.size();
    }
    return found == null ? 0 : 1;
  }

  private static JsonNode merge(JsonNode target, JsonNode update, Overlay.Action action) {
    if (target instanceof ArrayNode array) {
      if (update.isArray()) {
        array.addAll((ArrayNode) update.deepCopy());
      } else {
        array.add(update.deepCopy());
      }
      return array;
    }
    if (target instanceof ObjectNode object && update.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = update.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode existing = object.get(field.getKey());
        if (existing instanceof ObjectNode && field.getValue().isObject()) {
          merge(existing, field.getValue(), action);
        } else {
          object.set(field.getKey(), field.getValue().deepCopy());
        }
      }
      return object;
    }
    throw new IllegalArgumentException(
        action.name() + ": cannot merge " + update.getNodeType() + " into " + target.getNodeType());
  }
}
