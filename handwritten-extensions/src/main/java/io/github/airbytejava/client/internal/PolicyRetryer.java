package io.github.airbytejava.client.internal;

import feign.RetryableException;
import feign.Retryer;
import io.github.airbytejava.client.AirbyteApiException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's {@link Retryer} driven by a {@link RetryPolicy}. Feign clones it for every call, so the
 * retry count is per call.
 *
 * <p>When it gives up it throws a {@link RetryableException} whose cause is the client's own
 * exception; with Feign's {@code ExceptionPropagationPolicy.UNWRAP} the caller gets that cause.
 */
public final class PolicyRetryer implements Retryer {

  private static final Logger log = LoggerFactory.getLogger(PolicyRetryer.class);

  private final RetryPolicy policy;
  private final TransportErrors transportErrors;
  private int retries;

  /** A retryer for one call (Feign clones it per call). */
  public PolicyRetryer(RetryPolicy policy, TransportErrors transportErrors) {
    this.policy = policy;
    this.transportErrors = transportErrors;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    AirbyteApiException failure = failureOf(e);
    boolean noResponse = !(e.getCause() instanceof AirbyteApiException);
    if (noResponse && !policy.isRetryableTransportFailure(e.method())) {
      throw propagate(e, failure);
    }
    if (retries >= policy.maxRetries()) {
      throw propagate(e, failure);
    }
    Optional<Duration> delay = policy.delayBefore(retries + 1, failure.retryAfter());
    if (delay.isEmpty()) {
      log.debug(
          "Not retrying {}: the server asked to wait {}",
          failure.details().requestLine(),
          failure.retryAfter().orElse(null));
      throw propagate(e, failure);
    }
    retries++;
    log.debug(
        "Retrying {} in {} ms (retry {} of {}) after: {}",
        failure.details().requestLine(),
        delay.get().toMillis(),
        retries,
        policy.maxRetries(),
        failure.getMessage());
    try {
      policy.sleep(delay.get());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw propagate(e, transportErrors.toException(e.request(), interrupted));
    }
  }

  private AirbyteApiException failureOf(RetryableException e) {
    if (e.getCause() instanceof AirbyteApiException) {
      return (AirbyteApiException) e.getCause();
    }
    // Feign reports an I/O failure as a RetryableException with the IOException as its cause.
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return transportErrors.toException(e.request(), cause);
  }

  private static RetryableException propagate(RetryableException e, AirbyteApiException failure) {
    return new RetryableException(
        e.status(), failure.getMessage(), e.method(), failure, (Long) null, e.request());
  }

  @Override
  public Retryer clone() {
    return new PolicyRetryer(policy, transportErrors);
  }
}
