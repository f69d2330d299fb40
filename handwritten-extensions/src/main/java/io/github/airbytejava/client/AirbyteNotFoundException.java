package io.github.airbytejava.client;

/**
 * Airbyte answered {@code 404 Not Found}: the resource does not exist, or the base URL is wrong.
 */
public class AirbyteNotFoundException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteNotFoundException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
