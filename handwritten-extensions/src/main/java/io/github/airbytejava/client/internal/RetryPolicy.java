package io.github.airbytejava.client.internal;

import feign.Request.HttpMethod;
import io.github.airbytejava.client.Sleeper;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures are retried, how often and after what wait. Separate from the single retry after a
 * 401, which {@link UnauthorizedRetryClient} owns.
 *
 * <ul>
 *   <li>{@code 429}: retried for every method, since the server refused the request unseen.
 *   <li>{@code 502}, {@code 503}, {@code 504} and I/O failures: retried only for idempotent methods
 *       (GET, PUT, DELETE, HEAD, OPTIONS). A {@code POST} or {@code PATCH} may have taken effect: a
 *       repeated {@code POST /jobs} would start a second sync.
 *   <li>At most {@code maxRetries} retries. The wait doubles from {@link #INITIAL_BACKOFF} up to
 *       {@link #MAX_BACKOFF}, each picked at random from its upper half ("equal jitter") so that
 *       many clients do not retry in step.
 *   <li>A {@code Retry-After} hint (seconds or HTTP date) replaces the computed wait when it is at
 *       most {@link #MAX_RETRY_AFTER}; a longer hint ends the retries at once, and the exception
 *       carries the hint for the caller to act on.
 * </ul>
 */
public final class RetryPolicy {

  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final Set<HttpMethod> IDEMPOTENT =
      EnumSet.of(
          HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final int maxRetries;
  private final boolean everyMethodIsSafe;
  private final Sleeper sleeper;

  private RetryPolicy(int maxRetries, boolean everyMethodIsSafe, Sleeper sleeper) {
    this.maxRetries = maxRetries;
    this.everyMethodIsSafe = everyMethodIsSafe;
    this.sleeper = sleeper;
  }

  /** The policy for API calls: only idempotent methods are retried after 5xx or I/O failures. */
  public static RetryPolicy forApiCalls(int maxRetries, Sleeper sleeper) {
    return new RetryPolicy(maxRetries, false, sleeper);
  }

  /**
   * The policy for the token endpoint: its {@code POST} only issues a token, which is harmless to
   * repeat, so it is retried like an idempotent call.
   */
  public static RetryPolicy forTokenRequests(int maxRetries, Sleeper sleeper) {
    return new RetryPolicy(maxRetries, true, sleeper);
  }

  /** Whether a response with {@code status} to a {@code method} request may be retried. */
  public boolean isRetryableStatus(int status, HttpMethod method) {
    if (status == 429) {
      return true;
    }
    return (status == 502 || status == 503 || status == 504) && isSafeToRepeat(method);
  }

  /** Whether a {@code method} request that got no response may be sent again. */
  public boolean isRetryableTransportFailure(HttpMethod method) {
    return isSafeToRepeat(method);
  }

  private boolean isSafeToRepeat(HttpMethod method) {
    return everyMethodIsSafe || (method != null && IDEMPOTENT.contains(method));
  }

  /** How many retries a call may make after its first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first), or empty when the server asked
   * for a longer wait than {@link #MAX_RETRY_AFTER}.
   */
  public Optional<Duration> delayBefore(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration hint = retryAfter.get();
      return hint.compareTo(MAX_RETRY_AFTER) > 0 ? Optional.empty() : Optional.of(hint);
    }
    return Optional.of(backoff(retry));
  }

  /**
   * Exponential backoff with equal jitter: a random wait in the upper half of the step's ceiling.
   */
  static Duration backoff(int retry) {
    long ceiling = INITIAL_BACKOFF.toMillis() << Math.min(retry - 1, 20);
    ceiling = Math.min(ceiling, MAX_BACKOFF.toMillis());
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /** Waits for {@code delay} using the injected sleeper. */
  void sleep(Duration delay) throws InterruptedException {
    sleeper.sleep(delay);
  }
}
