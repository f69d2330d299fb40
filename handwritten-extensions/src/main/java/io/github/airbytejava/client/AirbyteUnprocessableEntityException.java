package io.github.airbytejava.client;

/**
 * Airbyte answered {@code 422 Unprocessable Entity}: the request was well-formed but invalid, for
 * example a connector configuration that fails validation.
 */
public class AirbyteUnprocessableEntityException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteUnprocessableEntityException(
      String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
