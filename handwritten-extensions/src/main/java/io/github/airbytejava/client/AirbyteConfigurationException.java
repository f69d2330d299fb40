package io.github.airbytejava.client;

/**
 * The client was given a setting it cannot use: a malformed base URL, a missing credential, a
 * missing environment variable, an unavailable transport. The message says what to change.
 */
public class AirbyteConfigurationException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteConfigurationException(
      String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }

  /**
   * A configuration error that involves no HTTP exchange.
   *
   * @param message what is wrong and how to fix it; must not contain secrets
   */
  public AirbyteConfigurationException(String message) {
    this(message, AirbyteErrorDetails.none(), null);
  }
}
