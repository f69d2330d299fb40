package io.github.airbytejava.client;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests pass one that records the
 * requested delays and returns at once, so backoff tests take milliseconds.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps the calling thread with {@link Thread#sleep(long)}. */
  Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait; never negative
   * @throws InterruptedException if the thread was interrupted while waiting; the call then fails
   *     with {@link AirbyteTransportException}
   */
  void sleep(Duration duration) throws InterruptedException;
}
