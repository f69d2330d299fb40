package io.github.airbytejava.standin.internal.state;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The lock, the clock and id generation that every resource of the stand-in shares.
 *
 * <p>One lock guards all state. Requests are served one at a time while they touch state (the HTTP
 * threads still accept and read in parallel): throughput does not matter for a test double, and a
 * single lock makes every cross-resource check (does the workspace of this source exist?) trivially
 * consistent, for requests and for the seeding API alike.
 */
public final class StateContext {
  private final ReentrantLock lock = new ReentrantLock();
  private final Clock clock;

  /** A context reading time from {@code clock}. */
  public StateContext(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Runs {@code work} holding the state lock and returns its result. */
  public <T> T atomically(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} holding the state lock. */
  public void atomically(Runnable work) {
    atomically(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * The current instant of the stand-in's clock, to the millisecond (what JSON timestamps can
   * carry).
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A fresh random id. */
  public UUID newId() {
    return UUID.randomUUID();
  }
}
