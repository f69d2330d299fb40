package io.github.airbytejava.client.internal;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and releases response bodies so that connections go back to the pool intact.
 *
 * <p>Why drain: closing the JDK HttpClient's body stream (Java 17) before its end cancels the
 * exchange and closes the connection, and under concurrency that connection may already have been
 * handed to the next request, which then fails with "IOException: closed". Reading to the end first
 * avoids this, and costs nothing for bodies of the size Airbyte sends.
 */
final class Bodies {

  /** Beyond this a body is not drained: closing the connection is cheaper than reading on. */
  static final long MAX_DRAIN_BYTES = 1024 * 1024;

  private Bodies() {}

  /** The whole body; empty when there is none. */
  static byte[] readAll(Response response) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    }
  }

  /** Up to {@code limit} bytes of the body; the rest is drained (bounded) and the body closed. */
  static byte[] readAtMost(Response response, int limit) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      byte[] head = in.readNBytes(limit);
      drain(in);
      return head;
    }
  }

  /** Drains (bounded) and closes the body, ignoring failures: the response is being discarded. */
  static void discard(Response response) {
    if (response.body() == null) {
      return;
    }
    try (InputStream in = response.body().asInputStream()) {
      drain(in);
    } catch (IOException e) {
      // The connection is unusable anyway; closing it is all that is left.
    }
  }

  private static void drain(InputStream in) throws IOException {
    long remaining = MAX_DRAIN_BYTES;
    byte[] buffer = new byte[8192];
    int read;
    while (remaining > 0
        && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
      remaining -= read;
    }
  }
}
