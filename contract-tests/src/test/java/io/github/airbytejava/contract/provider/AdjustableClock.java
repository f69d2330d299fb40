package io.github.airbytejava.contract.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that only grows: the stand-in's clock, moved forward to let an
 * access token expire without waiting for it. Thread-safe.
 */
final class AdjustableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** Moves the time forward by {@code amount}. */
  void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("The clock only moves forward, got " + amount);
    }
    offset.accumulateAndGet(amount, Duration::plus);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The stand-in's clock stays in UTC");
  }
}
