package io.github.airbytejava.client;

/**
 * Airbyte answered with a {@code 5xx} status. Calls with idempotent methods were retried first;
 * {@code POST} and {@code PATCH} are not retried, because repeating them could, for example, start
 * a second sync.
 */
public class AirbyteServerException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteServerException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
