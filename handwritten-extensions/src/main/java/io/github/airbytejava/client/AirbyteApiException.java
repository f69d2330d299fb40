package io.github.airbytejava.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception type the client throws: every failure of a call through {@link AirbyteClient}
 * is this exception or one of its subclasses, never a raw Feign, Jackson or I/O exception.
 *
 * <p>Catch a subclass to handle one kind of failure:
 *
 * <pre>{@code
 * try {
 *   client.sources().getSource(sourceId, false);
 * } catch (AirbyteNotFoundException e) {
 *   // the source was deleted
 * } catch (AirbyteApiException e) {
 *   log.warn("Airbyte call failed: {} (status {})", e.getMessage(), e.status());
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Subclasses</caption>
 *   <tr><th>status</th><th>exception</th></tr>
 *   <tr><td>400</td><td>{@link AirbyteBadRequestException}</td></tr>
 *   <tr><td>401, token endpoint 400/401/403</td><td>{@link AirbyteAuthenticationException}</td></tr>
 *   <tr><td>403</td><td>{@link AirbyteForbiddenException}</td></tr>
 *   <tr><td>404</td><td>{@link AirbyteNotFoundException}</td></tr>
 *   <tr><td>409</td><td>{@link AirbyteConflictException}</td></tr>
 *   <tr><td>422</td><td>{@link AirbyteUnprocessableEntityException}</td></tr>
 *   <tr><td>429</td><td>{@link AirbyteRateLimitException}</td></tr>
 *   <tr><td>5xx</td><td>{@link AirbyteServerException}</td></tr>
 *   <tr><td>2xx body that does not decode</td><td>{@link AirbyteDecodeException}</td></tr>
 *   <tr><td>no response (I/O, timeout)</td><td>{@link AirbyteTransportException}</td></tr>
 *   <tr><td>bad builder input or environment</td><td>{@link AirbyteConfigurationException}</td></tr>
 * </table>
 *
 * <p>Other statuses (a 3xx redirect, which the client does not follow, or an unlisted 4xx) give
 * this class itself. Messages never contain credentials.
 */
public class AirbyteApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final AirbyteErrorDetails details;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and, where possible, how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteApiException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, cause);
    this.details = Objects.requireNonNull(details, "details");
  }

  /** Everything the client knew about the failed call. */
  public AirbyteErrorDetails details() {
    return details;
  }

  /** The HTTP status, or {@link AirbyteErrorDetails#NO_STATUS} (0) when there was no response. */
  public int status() {
    return details.status();
  }

  /** The HTTP method of the failed request, when a request was made. */
  public Optional<String> method() {
    return details.method();
  }

  /** The URL path of the failed request without its query string, when a request was made. */
  public Optional<String> path() {
    return details.path();
  }

  /** Airbyte's problem document ({@code type}, {@code title}, {@code detail}, ...), if sent. */
  public Optional<AirbyteProblem> problem() {
    return details.problem();
  }

  /** The start of a response body that was not a problem document. */
  public Optional<String> bodyExcerpt() {
    return details.bodyExcerpt();
  }

  /** How long the server asked the client to wait before trying again, if it said so. */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }
}
