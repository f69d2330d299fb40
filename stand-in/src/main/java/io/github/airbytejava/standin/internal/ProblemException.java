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
  private final boolean plainJson;

  /** A problem of the given kind; {@code detail} is sent to the client. */
  public ProblemException(ProblemKind kind, String detail) {
    this(kind, detail, false);
  }

  private ProblemException(ProblemKind kind, String detail, boolean plainJson) {
    super(detail, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.plainJson = plainJson;
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

  /**
   * The token endpoint refuses the client credentials. Sent as {@code application/json} rather than
   * problem JSON: Airbyte's token endpoint answers from its web framework, not from its problem
   * handler (the pinned pacts expect {@code application/json}). The body is a problem document all
   * the same, which the spec declares for that media type too.
   */
  public static ProblemException wrongClientCredentials(String detail) {
    return new ProblemException(ProblemKind.INVALID_API_KEY, detail, true);
  }

  /** What kind of problem this is. */
  public ProblemKind kind() {
    return kind;
  }

  /** Whether it is sent as {@code application/json} instead of {@code application/problem+json}. */
  public boolean plainJson() {
    return plainJson;
  }

  /** The text sent to the client as the problem's {@code detail}. */
  public String detail() {
    return getMessage();
  }
}
