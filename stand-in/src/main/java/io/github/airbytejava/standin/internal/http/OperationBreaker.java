package io.github.airbytejava.standin.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.airbytejava.standin.internal.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes chosen operations answer with the wrong shape, so that a test can show a contract check
 * failing (Pact provider verification, a response validator).
 *
 * <p>A broken operation keeps its behaviour but its successful answer is bent:
 *
 * <ul>
 *   <li>every field of a JSON object body gets a value of another type (text becomes {@code 0},
 *       anything else {@code "broken by the stand-in"}); a JSON array body is sent inside an object
 *       ({@code {"items": [...]}}); an empty object inside an array;
 *   <li>an answer without a JSON body (204, 302, an empty 200, the HTML root) becomes a 200 with
 *       the JSON body {@code ["broken by the stand-in"]}: a status, a body or a content type the
 *       spec does not declare.
 * </ul>
 *
 * Problems (4xx answers) are sent unchanged.
 */
public final class OperationBreaker {
  private final Set<String> broken = ConcurrentHashMap.newKeySet();

  /** Breaks the operation until {@link #repairAll()}. */
  public void breakOperation(String operationId) {
    broken.add(operationId);
  }

  /** Repairs every operation. */
  public void repairAll() {
    broken.clear();
  }

  /**
   * The reply as the operation should send it: bent when the operation is broken and the reply a
   * success.
   */
  public Reply apply(String operationId, Reply reply) {
    if (!broken.contains(operationId) || reply.status() >= 400) {
      return reply;
    }
    String contentType =
        reply.contentType() == null ? "" : reply.contentType().toLowerCase(Locale.ROOT);
    if (reply.body().length > 0 && contentType.contains("json")) {
      return new Reply(reply.status(), reply.contentType(), reply.headers(), bend(reply.body()));
    }
    ArrayNode marker = Json.mapper().createArrayNode().add("broken by the stand-in");
    return new Reply(200, "application/json", Map.of(), Json.bytes(marker));
  }

  private static byte[] bend(byte[] body) {
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("The stand-in wrote a body it cannot read back", e);
    }
    if (tree.isObject() && !tree.isEmpty()) {
      // Every field gets a value of another JSON type. (Wrapping the object in an array is not
      // enough: a schema
      // without "type: object", such as EmbeddedOrganizationsList, accepts an array.)
      ObjectNode bent = Json.mapper().createObjectNode();
      tree.fields()
          .forEachRemaining(field -> bent.set(field.getKey(), otherType(field.getValue())));
      return Json.bytes(bent);
    }
    if (tree.isArray()) {
      ObjectNode wrapper = Json.mapper().createObjectNode();
      wrapper.set("items", tree);
      return Json.bytes(wrapper);
    }
    return Json.bytes(Json.mapper().createArrayNode().add(tree));
  }

  private static JsonNode otherType(JsonNode value) {
    return value.isTextual()
        ? Json.mapper().getNodeFactory().numberNode(0)
        : Json.mapper().getNodeFactory().textNode("broken by the stand-in");
  }
}
