package io.github.airbytejava.specchange;

/**
 * One change to one operation.
 *
 * @param kind what changed; says whether it breaks and why
 * @param where where in the operation, e.g. {@code response 200 body: data[].status} or {@code query
 *     parameter limit}; empty for the operation as a whole
 * @param detail the specifics, e.g. {@code + queued} or {@code string -> integer}
 */
public record Change(ChangeKind kind, String where, String detail) {

  /** Whether a client relying on the old spec breaks. */
  public boolean breaking() {
    return kind.breaking();
  }

  /** The reason, as the report words it. */
  public String reason() {
    return kind.reason();
  }
}
