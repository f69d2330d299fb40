package io.github.airbytejava.client;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * What the client knew about a failed call when it threw: the request line, the response status,
 * Airbyte's problem document or an excerpt of the body, and the server's {@code Retry-After} hint.
 *
 * <p>The path never includes the query string, so query values (which may identify customers) stay
 * out of messages and logs. No field ever holds a credential.
 */
public final class AirbyteErrorDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Status used when no HTTP response was received (I/O failure, timeout, configuration). */
  public static final int NO_STATUS = 0;

  private static final AirbyteErrorDetails NONE =
      new AirbyteErrorDetails(NO_STATUS, null, null, null, null, null, null, null);

  private final int status;
  private final String method;
  private final String path;
  private final String operation;
  private final String contentType;
  private final AirbyteProblem problem;
  private final String bodyExcerpt;
  private final Duration retryAfter;

  private AirbyteErrorDetails(
      int status,
      String method,
      String path,
      String operation,
      String contentType,
      AirbyteProblem problem,
      String bodyExcerpt,
      Duration retryAfter) {
    this.status = status;
    this.method = method;
    this.path = path;
    this.operation = operation;
    this.contentType = contentType;
    this.problem = problem;
    this.bodyExcerpt = bodyExcerpt;
    this.retryAfter = retryAfter;
  }

  /** Details for an error that happened without any HTTP exchange (a configuration error). */
  public static AirbyteErrorDetails none() {
    return NONE;
  }

  /**
   * Details of a request that got no response (I/O failure or timeout).
   *
   * @param method HTTP method, such as {@code GET}
   * @param path URL path without the query string
   * @param operation the generated method that was called, such as {@code
   *     SourcesApi#listSources(List,Boolean,Integer,Integer)}; may be null
   */
  public static AirbyteErrorDetails ofRequest(String method, String path, String operation) {
    return new AirbyteErrorDetails(NO_STATUS, method, path, operation, null, null, null, null);
  }

  /** A copy with the response's status, content type, problem document, body excerpt and hint. */
  public AirbyteErrorDetails withResponse(
      int status,
      String contentType,
      AirbyteProblem problem,
      String bodyExcerpt,
      Duration retryAfter) {
    return new AirbyteErrorDetails(
        status, method, path, operation, contentType, problem, bodyExcerpt, retryAfter);
  }

  /** The HTTP status, or {@link #NO_STATUS} when there was no response. */
  public int status() {
    return status;
  }

  /** The HTTP method, or empty when no request was made. */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /** The request's URL path without the query string, or empty when no request was made. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The generated interface method that was called, when known. */
  public Optional<String> operation() {
    return Optional.ofNullable(operation);
  }

  /** The response's {@code Content-Type}, when there was one. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** Airbyte's problem document, when the response body was one. */
  public Optional<AirbyteProblem> problem() {
    return Optional.ofNullable(problem);
  }

  /** The start of the response body (bounded), when it was not a problem document. */
  public Optional<String> bodyExcerpt() {
    return Optional.ofNullable(bodyExcerpt);
  }

  /** How long the server asked the client to wait ({@code Retry-After}), when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** {@code GET /v1/sources}, or an empty string when no request was made. */
  public String requestLine() {
    return method == null ? "" : method + " " + (path == null ? "" : path);
  }

  @Override
  public String toString() {
    return "AirbyteErrorDetails{status="
        + status
        + ", request="
        + requestLine()
        + (operation == null ? "" : ", operation=" + operation)
        + (contentType == null ? "" : ", contentType=" + contentType)
        + (problem == null ? "" : ", problem=" + problem)
        + (retryAfter == null ? "" : ", retryAfter=" + retryAfter)
        + "}";
  }
}
