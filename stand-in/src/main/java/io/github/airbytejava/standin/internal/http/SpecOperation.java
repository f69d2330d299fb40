package io.github.airbytejava.standin.internal.http;

import io.github.airbytejava.standin.internal.ProblemKind;
import java.util.Set;

/**
 * One operation of the effective spec, as far as serving it is concerned.
 *
 * @param operationId e.g. {@code getSource}
 * @param method upper-case HTTP method
 * @param pathTemplate e.g. {@code /sources/{sourceId}}, relative to the API root
 * @param requiresAuth false for the few operations that say {@code security: []} (root, health,
 *     token, OAuth callback)
 * @param declaredStatuses the response statuses the spec declares for it
 */
public record SpecOperation(
    String operationId,
    String method,
    String pathTemplate,
    boolean requiresAuth,
    Set<Integer> declaredStatuses) {

  /**
   * The status to send a problem of this kind with: the first of the kind's statuses that the spec
   * declares.
   */
  public int statusFor(ProblemKind kind) {
    return kind.statuses().stream()
        .filter(declaredStatuses::contains)
        .findFirst()
        .orElse(kind.statuses().get(0));
  }
}
