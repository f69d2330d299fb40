package io.github.airbytejava.client;

/**
 * The credentials were not accepted: a call got {@code 401 Unauthorized} (after the one retry with
 * a renewed token, when the credentials can be renewed), or the token endpoint refused the client
 * id and secret. The message says which setting to check; it never contains a secret.
 */
public class AirbyteAuthenticationException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteAuthenticationException(
      String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
