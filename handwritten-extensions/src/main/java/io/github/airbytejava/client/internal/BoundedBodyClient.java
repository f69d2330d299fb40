package io.github.airbytejava.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds what a response body may cost, as a Feign {@link Client} around the transport.
 *
 * <ul>
 *   <li><b>Time.</b> An attempt's whole response, body included, must arrive within the read
 *       timeout, counted from the start of the attempt. The transports alone do not ensure this:
 *       the JDK client's timeout ends once the headers are in, and Apache's applies to each read,
 *       so a server dripping a byte at a time could hold the calling thread for as long as it
 *       likes. At the deadline a watchdog aborts the body, and the read in progress fails with an
 *       I/O error, which the retry policy treats like any other (idempotent methods only).
 *   <li><b>Size.</b> At most {@link #MAX_BODY_BYTES} are read; a larger body (declared or actual)
 *       is refused, so memory stays bounded whatever the server sends.
 *   <li><b>Release.</b> A body closed before its end is aborted rather than drained: reading on
 *       could take as long as the server wants, closing the connection costs one new handshake.
 * </ul>
 */
public final class BoundedBodyClient implements Client, AutoCloseable {

  /**
   * Far above any Airbyte response (a page holds at most 100 items; a connection with a large
   * catalog is a few MB), far below what would endanger a service's heap.
   */
  public static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  /** How long the idle watchdog thread lingers before it ends; a new call starts it again. */
  private static final long WATCHDOG_KEEP_ALIVE_SECONDS = 5;

  /** Stops a body at once without reading the rest; depends on the transport. */
  @FunctionalInterface
  public interface Abort {
    /** Releases {@code body} and its connection immediately, unblocking any read in progress. */
    void abort(InputStream body) throws IOException;
  }

  private final Client transport;
  private final Abort abort;
  private final ScheduledThreadPoolExecutor watchdog;

  /**
   * A client reading through {@code transport}.
   *
   * @param abort how to stop one of the transport's bodies without draining it
   */
  public BoundedBodyClient(Client transport, Abort abort) {
    this.transport = transport;
    this.abort = abort;
    this.watchdog =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "airbyte-client-body-deadline");
              thread.setDaemon(true);
              return thread;
            });
    watchdog.setRemoveOnCancelPolicy(true);
    watchdog.setKeepAliveTime(WATCHDOG_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    watchdog.allowCoreThreadTimeOut(true); // no thread while no body is being read
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long deadline = System.nanoTime() + options.readTimeoutUnit().toNanos(options.readTimeout());
    Response response = transport.execute(request, options);
    if (response.body() == null) {
      return response;
    }
    BoundedBodyStream body =
        new BoundedBodyStream(
            response.body().asInputStream(),
            declaredLength(response),
            MAX_BODY_BYTES,
            Math.max(0, deadline - System.nanoTime()),
            options.readTimeoutUnit().toMillis(options.readTimeout()),
            abort,
            watchdog);
    return response.toBuilder().body(body, response.body().length()).build();
  }

  /** Stops the watchdog; bodies still being read are no longer bounded in time. Idempotent. */
  @Override
  public void close() {
    watchdog.shutdownNow();
  }

  private static long declaredLength(Response response) {
    Optional<String> value = Headers.first(response.headers(), "Content-Length");
    if (value.isEmpty()) {
      return -1;
    }
    try {
      return Long.parseLong(value.get().strip());
    } catch (NumberFormatException e) {
      return -1; // the transport would have refused a response it could not frame
    }
  }
}
