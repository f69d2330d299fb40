package io.github.airbytejava.standin.internal.http;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The handler of each served operation, by operation id. Filled once at start-up, read-only
 * afterwards.
 */
public final class OperationRegistry {
  private final Map<String, OperationHandler> handlers = new TreeMap<>();

  /**
   * Registers the handler of an operation.
   *
   * @throws IllegalStateException when the operation has a handler already (two classes claiming it
   *     is a bug)
   */
  public OperationRegistry on(String operationId, OperationHandler handler) {
    if (handlers.putIfAbsent(operationId, handler) != null) {
      throw new IllegalStateException("Two handlers for operation " + operationId);
    }
    return this;
  }

  /** The handler of this operation, if it is served. */
  public Optional<OperationHandler> handler(String operationId) {
    return Optional.ofNullable(handlers.get(operationId));
  }

  /** The ids of the served operations, sorted. */
  public Set<String> operationIds() {
    return Collections.unmodifiableSet(handlers.keySet());
  }
}
