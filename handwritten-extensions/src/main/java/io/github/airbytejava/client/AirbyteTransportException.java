package io.github.airbytejava.client;

/**
 * No usable response arrived: the connection failed, timed out or broke, or the thread was
 * interrupted. {@link #status()} is {@link AirbyteErrorDetails#NO_STATUS}.
 */
public class AirbyteTransportException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteTransportException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
