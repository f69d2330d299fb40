package io.github.airbytejava.client.internal;

import feign.Request;
import io.github.airbytejava.client.AirbyteTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;

/** Turns an I/O failure (no usable response) into an {@link AirbyteTransportException}. */
public final class TransportErrors {

  private final Duration connectTimeout;
  private final Duration readTimeout;

  /** Translator that names the configured timeouts in its messages. */
  public TransportErrors(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  /** The exception for {@code failure} while sending {@code request} (which may be null). */
  public AirbyteTransportException toException(Request request, Throwable failure) {
    String target = request == null ? "Airbyte" : RequestDescriptions.originOf(request.url());
    String requestLine = RequestDescriptions.of(request).requestLine();
    String message =
        (requestLine.isEmpty() ? "A call" : requestLine)
            + " got no response from "
            + target
            + ": "
            + explain(failure);
    return new AirbyteTransportException(message, RequestDescriptions.of(request), failure);
  }

  private String explain(Throwable failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return "could not connect within "
          + seconds(connectTimeout)
          + " (connectTimeout); check the host and port of the base URL, or raise connectTimeout(...)";
    }
    if (failure instanceof BoundedBodyStream.DeadlineExceededException) {
      return "the response did not arrive completely within "
          + seconds(readTimeout)
          + " (readTimeout): the server sent its body too slowly; raise readTimeout(...) if it is"
          + " merely slow";
    }
    if (failure instanceof HttpTimeoutException || failure instanceof SocketTimeoutException) {
      return "no answer within "
          + seconds(readTimeout)
          + " (readTimeout); raise readTimeout(...) if the operation is slow";
    }
    if (failure instanceof ConnectException) {
      return "connection refused; check the host and port of the base URL, and that Airbyte is running";
    }
    if (failure instanceof SSLHandshakeException) {
      return "the TLS handshake failed ("
          + failure.getMessage()
          + "); if the server's certificate comes from a private CA, add that CA to the JVM's trust"
          + " store (javax.net.ssl.trustStore), and check that the base URL's host is a name on the"
          + " certificate";
    }
    if (failure instanceof UnknownHostException) {
      return "unknown host; check the host of the base URL";
    }
    if (failure instanceof InterruptedIOException
        || failure instanceof InterruptedException
        || (failure instanceof IOException && failure.getCause() instanceof InterruptedException)) {
      return "the calling thread was interrupted";
    }
    String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    return failure.getClass().getSimpleName() + detail;
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }
}
