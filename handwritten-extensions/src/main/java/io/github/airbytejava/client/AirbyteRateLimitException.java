package io.github.airbytejava.client;

/**
 * Airbyte answered {@code 429 Too Many Requests} and the client's retries were used up or the
 * server asked for a longer wait than the client will sleep. See {@link #retryAfter()}.
 */
public class AirbyteRateLimitException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteRateLimitException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
