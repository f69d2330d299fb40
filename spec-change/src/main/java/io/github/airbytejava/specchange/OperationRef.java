package io.github.airbytejava.specchange;

import java.util.Comparator;
import java.util.Locale;

/**
 * An operation as the report names it: by operationId, HTTP method and path.
 *
 * @param operationId the operationId (the generated method's name), or {@code "?"} when the spec gives none
 * @param method the HTTP method, upper case
 * @param path the path template, as in the spec
 */
public record OperationRef(String operationId, String method, String path) implements Comparable<OperationRef> {

  private static final Comparator<OperationRef> ORDER =
      Comparator.comparing(OperationRef::path)
          .thenComparing(OperationRef::method)
          .thenComparing(OperationRef::operationId);

  /** Creates a reference, normalising the method to upper case and a missing operationId to {@code "?"}. */
  public OperationRef {
    operationId = operationId == null || operationId.isBlank() ? "?" : operationId;
    method = method.toUpperCase(Locale.ROOT);
  }

  /** {@code operationId (METHOD /path)}, for messages and the Markdown report. */
  @Override
  public String toString() {
    return operationId + " (" + method + " " + path + ")";
  }

  /** Sorted by path, then method: the order of the spec's own reference documentation. */
  @Override
  public int compareTo(OperationRef other) {
    return ORDER.compare(this, other);
  }
}
