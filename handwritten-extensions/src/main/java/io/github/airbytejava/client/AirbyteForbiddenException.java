package io.github.airbytejava.client;

/**
 * Airbyte answered {@code 403 Forbidden}: the credentials are valid but may not do this, for
 * example the application's user has no access to the workspace. Never retried.
 */
public class AirbyteForbiddenException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteForbiddenException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
