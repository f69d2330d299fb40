package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.client.AirbyteTransportException;
import io.github.airbytejava.client.TokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches the access token from a token source and renews it shortly before it expires.
 *
 * <p><b>Single flight.</b> However many threads find no valid token at once, one of them requests a
 * token and the others wait for that request and share its result, or its failure.
 *
 * <p><b>Renewing early.</b> A token is renewed once a fifth of its lifetime remains, at most one
 * minute early: a 3-minute token at 2:24, a 15-minute token at 14:00. While one thread renews,
 * others keep using the still-valid token instead of waiting; if the renewal fails, the old token
 * is used until it expires.
 *
 * <p><b>After a 401.</b> {@link #invalidate(String)} drops the cached token only if it is still the
 * rejected one: another thread may already have replaced it, and that fresh token is kept.
 *
 * <p>Time comes from the injected {@link Clock}. A response without a positive {@code expires_in}
 * (none, 0 or negative: a server defect) gets a lifetime of one minute, and a warning is logged
 * once.
 */
public final class CachingTokenProvider implements TokenProvider {

  /** Lifetime assumed when the endpoint does not say: short, so a wrong guess costs little. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(1);

  private static final Duration MAX_REFRESH_MARGIN = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(CachingTokenProvider.class);

  private final Supplier<IssuedToken> source;
  private final Clock clock;
  private final AtomicReference<CachedToken> cached = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<CachedToken>> inFlight = new AtomicReference<>();
  private final AtomicBoolean warnedAboutMissingExpiry = new AtomicBoolean();

  /**
   * A caching provider.
   *
   * @param source requests a new token, such as a {@link TokenEndpoint}
   * @param clock the time used for expiry
   */
  public CachingTokenProvider(Supplier<IssuedToken> source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  @Override
  public String accessToken() {
    CachedToken current = cached.get();
    Instant now = clock.instant();
    if (current != null && current.isFresh(now)) {
      return current.value;
    }
    if (current != null && current.isUsable(now)) {
      return renewEarly(current);
    }
    return fetchOnce().value;
  }

  private String renewEarly(CachedToken current) {
    if (inFlight.get() != null) {
      return current.value;
    }
    try {
      return fetchOnce().value;
    } catch (AirbyteApiException e) {
      CachedToken latest = cached.get();
      if (latest != null && latest.isUsable(clock.instant())) {
        log.warn(
            "Renewing the Airbyte access token failed ({}); the current token stays in use until it"
                + " expires",
            e.getMessage());
        return latest.value;
      }
      throw e;
    }
  }

  @Override
  public void invalidate(String rejectedToken) {
    cached.updateAndGet(token -> token != null && token.value.equals(rejectedToken) ? null : token);
  }

  /** Joins the request in flight, or becomes the one thread that makes it. */
  private CachedToken fetchOnce() {
    CompletableFuture<CachedToken> mine = new CompletableFuture<>();
    CompletableFuture<CachedToken> running = inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return await(running);
    }
    try {
      // A request that completed between our check and winning the race may have left a token.
      CachedToken token = cached.get();
      if (token == null || !token.isFresh(clock.instant())) {
        token = request();
        cached.set(token);
      }
      mine.complete(token);
      return token;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.set(null);
    }
  }

  private CachedToken request() {
    Instant requestedAt = clock.instant();
    IssuedToken issued = source.get();
    Duration lifetime =
        issued
            .expiresIn()
            .orElseGet(
                () -> {
                  if (warnedAboutMissingExpiry.compareAndSet(false, true)) {
                    log.warn(
                        "The Airbyte token endpoint sent no positive expires_in; assuming tokens live {} and renewing them that often",
                        DEFAULT_LIFETIME);
                  }
                  return DEFAULT_LIFETIME;
                });
    // Counting from before the request errs on the safe side by the request's duration.
    Instant expiresAt = requestedAt.plus(lifetime);
    Duration margin = lifetime.dividedBy(5);
    if (margin.compareTo(MAX_REFRESH_MARGIN) > 0) {
      margin = MAX_REFRESH_MARGIN;
    }
    return new CachedToken(issued.value(), expiresAt.minus(margin), expiresAt);
  }

  private static CachedToken await(CompletableFuture<CachedToken> running) {
    try {
      return running.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirbyteTransportException(
          "Interrupted while waiting for another thread to fetch an Airbyte access token.",
          AirbyteErrorDetails.none(),
          e);
    }
  }

  @Override
  public String toString() {
    CachedToken token = cached.get();
    return "CachingTokenProvider{token="
        + (token == null ? "none" : "*** until " + token.expiresAt)
        + "}";
  }

  /** A token with the instants at which to renew it and at which it expires. */
  private static final class CachedToken {
    final String value;
    final Instant renewAt;
    final Instant expiresAt;

    CachedToken(String value, Instant renewAt, Instant expiresAt) {
      this.value = value;
      this.renewAt = renewAt;
      this.expiresAt = expiresAt;
    }

    boolean isFresh(Instant now) {
      return now.isBefore(renewAt);
    }

    boolean isUsable(Instant now) {
      return now.isBefore(expiresAt);
    }
  }
}
