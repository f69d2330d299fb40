package io.github.airbytejava.standin.internal;

import java.util.Objects;

/**
 * Thrown anywhere while serving a request to answer it with a problem; the dispatcher turns it into
 * problem JSON. The detail is sent to the client, so it must say what went wrong and how to fix it,
 * and never hold a secret.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;

  /** A problem of the given kind; {@code detail} is sent to the client. */
  public ProblemException(ProblemKind kind, String detail) {
    super(detail, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The request breaks the spec or cannot be understood. */
  public static ProblemException badRequest(String detail) {
    return new ProblemException(ProblemKind.BAD_REQUEST, detail);
  }

  /** No {@code resource} has the id {@code id}. Worded as Airbyte words it, then said plainly. */
  public static ProblemException notFound(String resource, Object id) {
    return new ProblemException(
        ProblemKind.RESOURCE_NOT_FOUND,
        "Could not find a resource for: " + id + ". No " + resource + " has that id.");
  }

  /** The request clashes with the current state. */
  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemKind.STATE_CONFLICT, detail);
  }

  /** The request fits the spec but cannot be carried out. */
  public static ProblemException unprocessable(String detail) {
    return new ProblemException(ProblemKind.UNPROCESSABLE_ENTITY, detail);
  }

  /** The caller may not do this. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemKind.FORBIDDEN, detail);
  }

  /** Authentication failed. */
  public static ProblemException invalidApiKey(String detail) {
    return new ProblemException(ProblemKind.INVALID_API_KEY, detail);
  }

  /** What kind of problem this is. */
  public ProblemKind kind() {
    return kind;
  }

  /** The text sent to the client as the problem's {@code detail}. */
  public String detail() {
    return getMessage();
  }
}
