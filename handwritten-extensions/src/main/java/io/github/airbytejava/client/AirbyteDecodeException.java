package io.github.airbytejava.client;

/**
 * A response arrived but its body could not be decoded: malformed JSON, a document nested too
 * deeply, or a page that is not JSON at all (an HTML page from a proxy or the Airbyte web UI). The
 * message names the operation, the status and the content type.
 */
public class AirbyteDecodeException extends AirbyteApiException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message and details.
   *
   * @param message what went wrong and how to fix it; must not contain secrets
   * @param details the request and response the failure is about
   * @param cause the underlying exception, or null
   */
  public AirbyteDecodeException(String message, AirbyteErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}
