package io.github.airbytejava.benchmarks;

import io.github.airbytejava.client.AirbyteClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A token refresh under load: 32 threads released at once each make one {@code GET /jobs/{id}}
 * through one client-credentials {@code AirbyteClient}, either with the cached token still valid
 * ({@code CACHED}) or with it expired just before ({@code EXPIRED}), so that all 32 find no usable
 * token and one of them fetches a new one while the others wait for it. The difference in time per
 * burst is what a refresh costs the callers; the teardown reports how many token requests each
 * refresh made (it must be 1).
 *
 * <p>The token is expired by moving the client's injected {@link Clock} past its lifetime, so no
 * benchmark waits three minutes.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class TokenRefreshBenchmark {

  private static final int CALLERS = 32;

  /** Whether each burst finds the token cached or expired. */
  public enum TokenAtBurst {
    /** Still valid: no token request. */
    CACHED,
    /** Expired: one token request, 32 callers wait for it. */
    EXPIRED
  }

  /** The token's state when a burst starts. */
  @Param({"CACHED", "EXPIRED"})
  public TokenAtBurst token;

  private LoopbackServer server;
  private SteppingClock clock;
  private AirbyteClient client;
  private ExecutorService callers;
  private long bursts;
  private long tokenRequestsAtStart;

  /** Starts the server, the client (fetching its first token) and 32 caller threads. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start();
    clock = new SteppingClock();
    client =
        AirbyteClient.builder()
            .baseUrl(server.baseUrl())
            .clientCredentials("benchmark-client", "benchmark-secret")
            .clock(clock)
            .build();
    callers = Executors.newFixedThreadPool(CALLERS);
    client.jobs().getJob(Payloads.JOB_ID);
    tokenRequestsAtStart = server.tokenRequests();
  }

  /** Stops everything and reports token requests per burst. */
  @TearDown(Level.Trial)
  public void stop() {
    long tokenRequests = server.tokenRequests() - tokenRequestsAtStart;
    System.out.printf(
        "%n[server] %s: %d bursts of %d calls, %d token requests (%.3f per burst)%n",
        token, bursts, CALLERS, tokenRequests, bursts == 0 ? 0.0 : (double) tokenRequests / bursts);
    callers.shutdownNow();
    client.close();
    server.close();
  }

  /** One burst of 32 concurrent calls; returns when all have their answer. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long burst() throws InterruptedException, ExecutionException {
    if (token == TokenAtBurst.EXPIRED) {
      // Past the token's whole lifetime, not just its early-renewal point: nobody may use it.
      clock.advance(Duration.ofSeconds(LoopbackServer.TOKEN_LIFETIME_SECONDS + 1));
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<Long>> calls = new ArrayList<>(CALLERS);
    for (int i = 0; i < CALLERS; i++) {
      calls.add(
          () -> {
            go.await();
            return client.jobs().getJob(Payloads.JOB_ID).getJobId();
          });
    }
    List<Future<Long>> answers = new ArrayList<>(CALLERS);
    for (Callable<Long> call : calls) {
      answers.add(callers.submit(call));
    }
    go.countDown();
    long sum = 0;
    for (Future<Long> answer : answers) {
      sum += answer.get();
    }
    bursts++;
    return sum;
  }

  /** The system clock moved forward by however much the benchmark has advanced it. */
  static final class SteppingClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
      offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("UTC only");
    }
  }
}
