package io.github.airbytejava.standin.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.airbytejava.standin.internal.Json;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.ProblemKind;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Writes problems as Airbyte does: RFC 9457 problem JSON with {@code type}, {@code title}, {@code
 * status} and {@code detail}, sent as {@code application/problem+json} (or {@code
 * application/json}, where the problem asks for it: {@link ProblemException#plainJson()}). The
 * effective spec declares that body, under both media types, for the error statuses it declares
 * (see the module README).
 */
public final class Problems {
  private static final String PROBLEM_JSON = "application/problem+json";

  private Problems() {}

  /**
   * The reply for a problem.
   *
   * @param problem what went wrong
   * @param operation the operation it happened in, whose declared statuses choose the status; null
   *     when the request matched no operation
   */
  public static Reply reply(ProblemException problem, @Nullable SpecOperation operation) {
    ProblemKind kind = problem.kind();
    int status = operation == null ? kind.statuses().get(0) : operation.statusFor(kind);
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("type", kind.type());
    body.put("title", kind.title());
    body.put("status", status);
    body.put("detail", problem.detail());
    Map<String, String> headers =
        status == 401
            // RFC 6750: tell the client which scheme to use and that the token was the problem.
            ? Map.of("WWW-Authenticate", "Bearer realm=\"airbyte\", error=\"invalid_token\"")
            : Map.of();
    String contentType = problem.plainJson() ? "application/json" : PROBLEM_JSON;
    return new Reply(status, contentType, headers, Json.bytes(body));
  }
}
