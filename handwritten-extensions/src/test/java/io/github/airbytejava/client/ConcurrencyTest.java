package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.NoDelayServerSockets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConcurrencyTest {

  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = NoDelayServerSockets.noDelay(new MockWebServer());

  @Test
  @Timeout(30)
  void sixtyFourThreadsMakingTheirFirstCallAtOnceCauseExactlyOneTokenRequest() throws Exception {
    FakeAirbyte airbyte = new FakeAirbyte();
    // A slow token endpoint keeps the window in which the others could start a second request open.
    airbyte.tokens(
        n ->
            new MockResponse.Builder(FakeAirbyte.token("token-" + n, 180))
                .headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
    server.setDispatcher(airbyte);
    int threads = 64;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .clientCredentials("id", "secret-value")
            .build()) {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.sources().getSource(SOURCE, false).getName();
                }));
      }
      for (Future<String> call : calls) {
        assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo("pg");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(airbyte.tokenRequests).hasValue(1);
    assertThat(airbyte.apiRequests).hasValue(threads);
    assertThat(airbyte.apiRequestsSeen())
        .allSatisfy(
            r ->
                assertThat(r.getHeaders().values("Authorization"))
                    .containsExactly("Bearer token-1"));
    System.out.printf(
        "[figures] concurrency: %d threads, %d token request(s)%n",
        threads, airbyte.tokenRequests.get());
  }

  /**
   * The server expires each token 500 ms after issuing it, though it says it lives 15 minutes, so
   * every expiry is discovered through a 401 by several threads at once.
   *
   * <p>The hidden lifetime must stay well above the slowest call. A call whose first attempt is
   * answered 401 late retries with the token another thread renewed meanwhile; if that token is
   * already older than the lifetime when the retry arrives, the second 401 is real and final (the
   * client never loops). With 200 ms, 2 calls of 8,000 once got such a second 401 on a heavily
   * loaded machine, which is why the failure message gives the slowest call.
   */
  @Test
  @Timeout(60)
  void sixteenThreadsMakingFiveHundredCallsEachSurviveTokensExpiringEvery500Ms() throws Exception {
    ExpiringTokens airbyte = new ExpiringTokens(500);
    server.setDispatcher(airbyte);
    int threads = 16;
    int callsPerThread = 500;
    AtomicInteger failures = new AtomicInteger();
    AtomicLong slowestCallNanos = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try (AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .clientCredentials("id", "secret-value")
            .build()) {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < callsPerThread; i++) {
                    long callStarted = System.nanoTime();
                    try {
                      client.sources().getSource(SOURCE, false);
                    } catch (AirbyteApiException e) {
                      failures.incrementAndGet();
                      e.printStackTrace();
                    }
                    slowestCallNanos.accumulateAndGet(System.nanoTime() - callStarted, Math::max);
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get(50, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    int expiries = airbyte.expiredTokensSeen.size();
    int tokenRequests = airbyte.tokenRequests.get();
    System.out.printf(
        "[figures] soak: %d threads x %d calls in %d ms, %d failed, %d token requests, %d expiries,"
            + " %d 401s, slowest call %d ms%n",
        threads,
        callsPerThread,
        millis,
        failures.get(),
        tokenRequests,
        expiries,
        airbyte.unauthorized.get(),
        TimeUnit.NANOSECONDS.toMillis(slowestCallNanos.get()));
    assertThat(failures)
        .as(
            "calls failed; the slowest took %d ms (against a hidden token lifetime of 500 ms)",
            TimeUnit.NANOSECONDS.toMillis(slowestCallNanos.get()))
        .hasValue(0);
    assertThat(expiries)
        .as("the run must outlast several tokens to prove anything")
        .isGreaterThanOrEqualTo(3);
    assertThat(tokenRequests).isBetween(expiries - 2, expiries + 2);
  }

  /** Issues tokens that it rejects a fixed time after issuing them. */
  private static final class ExpiringTokens extends Dispatcher {
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger unauthorized = new AtomicInteger();
    final Set<String> expiredTokensSeen = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> issuedAtNanos = new ConcurrentHashMap<>();
    private final long lifetimeNanos;

    ExpiringTokens(long lifetimeMillis) {
      this.lifetimeNanos = TimeUnit.MILLISECONDS.toNanos(lifetimeMillis);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getUrl().encodedPath().equals(FakeAirbyte.TOKEN_PATH)) {
        String token = "token-" + tokenRequests.incrementAndGet();
        issuedAtNanos.put(token, System.nanoTime());
        return FakeAirbyte.token(token, 900);
      }
      String authorization = request.getHeaders().get("Authorization");
      String token = authorization == null ? "" : authorization.substring("Bearer ".length());
      Long issuedAt = issuedAtNanos.get(token);
      if (issuedAt == null || System.nanoTime() - issuedAt > lifetimeNanos) {
        expiredTokensSeen.add(token);
        unauthorized.incrementAndGet();
        return FakeAirbyte.problem(401, "Unauthorized", "token expired");
      }
      return json(200, FakeAirbyte.SOURCE_JSON);
    }
  }
}
