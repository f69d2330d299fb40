package io.github.airbytejava.client;

/**
 * Airbyte answered {@code 400 Bad Request}: the request was malformed, for example a required field
 * was missing. See {@link #problem()} for what the server objected to.
 */
public class AirbyteBadRequestException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteBadRequestException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
