package io.github.airbytejava.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body with a deadline and a size limit; see {@link BoundedBodyClient}. Not thread-safe,
 * like any stream, except that the watchdog may abort it from another thread.
 */
final class BoundedBodyStream extends InputStream {

  /** The body did not arrive completely before the deadline. */
  static final class DeadlineExceededException extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;

    DeadlineExceededException(long readTimeoutMillis) {
      super(
          "the response body was still arriving "
              + readTimeoutMillis
              + " ms after the request was sent (readTimeout)");
    }
  }

  /** The body is larger than the limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final long declaredLength;
  private final long maxBytes;
  private final long readTimeoutMillis;
  private final BoundedBodyClient.Abort abort;
  private final ScheduledFuture<?> timer;
  private final AtomicBoolean aborted = new AtomicBoolean();
  private volatile boolean expired;
  private long count;
  private boolean ended;
  private boolean closed;

  BoundedBodyStream(
      InputStream in,
      long declaredLength,
      long maxBytes,
      long nanosLeft,
      long readTimeoutMillis,
      BoundedBodyClient.Abort abort,
      ScheduledExecutorService watchdog) {
    this.in = in;
    this.declaredLength = declaredLength;
    this.maxBytes = maxBytes;
    this.readTimeoutMillis = readTimeoutMillis;
    this.abort = abort;
    this.timer = schedule(watchdog, nanosLeft);
  }

  private ScheduledFuture<?> schedule(ScheduledExecutorService watchdog, long nanosLeft) {
    try {
      return watchdog.schedule(this::expire, nanosLeft, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closedClient) {
      expire(); // the client was closed while this response arrived: nothing will read it
      return null;
    }
  }

  private void expire() {
    expired = true;
    abortQuietly();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (closed) {
      throw new IOException("closed");
    }
    if (count == 0 && declaredLength > maxBytes) {
      abortQuietly();
      throw tooLarge("declares " + declaredLength + " bytes");
    }
    if (expired) {
      throw new DeadlineExceededException(readTimeoutMillis);
    }
    int n;
    try {
      // One byte beyond the limit is asked for, so that a body of exactly the limit passes.
      n = in.read(buffer, offset, (int) Math.min(length, maxBytes - count + 1));
    } catch (IOException e) {
      if (expired) {
        throw (IOException) new DeadlineExceededException(readTimeoutMillis).initCause(e);
      }
      throw e;
    }
    if (expired) {
      throw new DeadlineExceededException(readTimeoutMillis); // the abort may look like an end
    }
    if (n == -1) {
      ended = true;
      cancelTimer();
      return -1;
    }
    count += n;
    if (count > maxBytes) {
      abortQuietly();
      throw tooLarge("goes on beyond " + maxBytes + " bytes");
    }
    return n;
  }

  private TooLargeException tooLarge(String what) {
    return new TooLargeException(
        "the response body "
            + what
            + "; the client reads at most "
            + maxBytes / (1024 * 1024)
            + " MiB of a response");
  }

  @Override
  public int available() throws IOException {
    return closed || expired ? 0 : in.available();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (ended && !aborted.get()) {
        in.close(); // read to its end: the connection can be reused
      } else {
        abortQuietly();
      }
    } finally {
      cancelTimer();
    }
  }

  private void cancelTimer() {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private void abortQuietly() {
    if (aborted.compareAndSet(false, true)) {
      try {
        abort.abort(in);
      } catch (IOException | RuntimeException e) {
        // The body is being given up; a failure to release it more gracefully changes nothing.
      }
    }
  }
}
