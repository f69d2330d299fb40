package io.github.airbytejava.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the stand-in's jobs move from {@code pending} to {@code running} to their end ({@code
 * succeeded}, or {@code failed}: see {@link AirbyteStandIn.Builder#failJobsWhen}).
 *
 * <ul>
 *   <li>{@link #perPoll()} (the default): each {@code GET /jobs/{jobId}} moves the job one step.
 *       Deterministic, and needs no clock: a job is {@code pending} when created, {@code running}
 *       at the first poll, finished at the second.
 *   <li>{@link #every(Duration)}: one step per period of the stand-in's clock; with an injected
 *       clock, tests move time instead of sleeping. Suits a demo watched by a person.
 * </ul>
 */
public final class JobProgression {
  private final Duration step;

  private JobProgression(Duration step) {
    this.step = step;
  }

  /** Each poll of a job ({@code GET /jobs/{jobId}}) moves it one step. */
  public static JobProgression perPoll() {
    return new JobProgression(null);
  }

  /**
   * Each {@code step} of the stand-in's clock moves a job one step, whether or not anyone polls.
   *
   * @throws IllegalArgumentException if {@code step} is not positive
   */
  public static JobProgression every(Duration step) {
    Objects.requireNonNull(step, "step");
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("A job step must be positive, got " + step);
    }
    return new JobProgression(step);
  }

  /** The period of one step, or empty when jobs move per poll. */
  public Optional<Duration> step() {
    return Optional.ofNullable(step);
  }

  /**
   * How many steps a job has taken: 0 pending, 1 running, 2 or more finished.
   *
   * @param createdAt when the job was created
   * @param polls how often it has been polled
   * @param now the current time
   */
  public int stepsTaken(Instant createdAt, int polls, Instant now) {
    if (step == null) {
      return polls;
    }
    long elapsed = Math.max(0, Duration.between(createdAt, now).toMillis());
    return (int) Math.min(Integer.MAX_VALUE, elapsed / step.toMillis());
  }

  @Override
  public String toString() {
    return step == null ? "JobProgression.perPoll()" : "JobProgression.every(" + step + ")";
  }
}
