package io.github.airbytejava.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.client.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingTokenProviderTest {

  private final MutableClock clock = new MutableClock();
  private final AtomicInteger issued = new AtomicInteger();
  private final CachingTokenProvider provider =
      new CachingTokenProvider(
          () -> new IssuedToken("token-" + issued.incrementAndGet(), Duration.ofMinutes(3)), clock);

  @Test
  void invalidatingTheCachedTokenMakesTheNextCallFetchANewOne() {
    assertThat(provider.accessToken()).isEqualTo("token-1");
    provider.invalidate("token-1");
    assertThat(provider.accessToken()).isEqualTo("token-2");
  }

  @Test
  void invalidatingATokenThatWasAlreadyReplacedKeepsTheReplacement() {
    provider.accessToken(); // token-1, which a slow thread will later report as rejected
    provider.invalidate("token-1");
    assertThat(provider.accessToken()).isEqualTo("token-2");

    provider.invalidate("token-1"); // the slow thread's report arrives late

    assertThat(provider.accessToken()).isEqualTo("token-2");
    assertThat(issued).hasValue(2);
  }

  @Test
  void anExpiredTokenIsNeverHandedOutEvenIfRenewalFails() {
    AtomicInteger calls = new AtomicInteger();
    CachingTokenProvider failingLater =
        new CachingTokenProvider(
            () -> {
              if (calls.incrementAndGet() > 1) {
                throw new AirbyteAuthenticationException(
                    "refused", AirbyteErrorDetails.none(), null);
              }
              return new IssuedToken("only-token", Duration.ofMinutes(3));
            },
            clock);
    failingLater.accessToken();
    clock.advance(Duration.ofMinutes(3));

    assertThatThrownBy(failingLater::accessToken)
        .isInstanceOf(AirbyteAuthenticationException.class);
  }

  @Test
  void waitersShareTheFailureOfTheOneTokenRequestInFlight() throws Exception {
    CountDownLatch requestStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    CachingTokenProvider slowFailing =
        new CachingTokenProvider(
            () -> {
              requests.incrementAndGet();
              requestStarted.countDown();
              await(release);
              throw new AirbyteAuthenticationException("refused", AirbyteErrorDetails.none(), null);
            },
            clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      results.add(pool.submit(slowFailing::accessToken));
      assertThat(requestStarted.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        results.add(pool.submit(slowFailing::accessToken));
      }
      Thread.sleep(100); // let the seven reach the wait
      release.countDown();

      for (Future<String> result : results) {
        assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS))
            .hasCauseInstanceOf(AirbyteAuthenticationException.class);
      }
      assertThat(requests).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringNeverShowsTheToken() {
    provider.accessToken();
    assertThat(provider.toString()).doesNotContain("token-1").contains("***");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
