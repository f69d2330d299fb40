package io.github.airbytejava.benchmarks;

import feign.RequestTemplate;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.internal.AuthorizationInterceptor;
import io.github.airbytejava.client.internal.BearerCredentials;
import io.github.airbytejava.client.internal.CachingTokenProvider;
import io.github.airbytejava.client.internal.CredentialSettings;
import io.github.airbytejava.client.internal.Credentials;
import io.github.airbytejava.client.internal.IssuedToken;
import io.github.airbytejava.client.internal.SecretRedactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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
 * What a call pays for its {@code Authorization} header when the token is cached.
 *
 * <p>In isolation: the client's {@link AuthorizationInterceptor} (the step every call takes) with
 * client-credentials tokens from a warm {@link CachingTokenProvider}, next to the same interceptor
 * with a fixed token. These are internal classes, reachable because they are public; they are the
 * exact objects {@code AirbyteClient} wires in. The difference between the two is the cache's cost.
 *
 * <p>End to end: {@code GET /jobs/{id}} (a small body, so fixed costs show) with {@code
 * bearerToken(...)} and with {@code clientCredentials(...)} after the first token was fetched. On
 * loopback the difference should be lost in the noise, which is the point.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class TokenPathBenchmark {

  /** The two interceptors, and a request template to apply them to. */
  @State(Scope.Thread)
  public static class Interceptors {
    AuthorizationInterceptor fixedToken;
    AuthorizationInterceptor cachedToken;
    RequestTemplate template;

    /** Builds both and warms the cache, so that every measured call finds a fresh token. */
    @Setup(Level.Trial)
    public void setUp() {
      // The exact credentials bearerToken(...) makes, so that this cannot drift from the client.
      Credentials fixed =
          CredentialSettings.bearerToken(Payloads.ACCESS_TOKEN)
              .create(() -> null, null, Clock.systemUTC(), new SecretRedactor());
      CachingTokenProvider cache =
          new CachingTokenProvider(
              () -> new IssuedToken(Payloads.ACCESS_TOKEN, Duration.ofHours(1)), Clock.systemUTC());
      Credentials cached = new BearerCredentials(cache, "client credentials");
      fixedToken = new AuthorizationInterceptor(fixed);
      cachedToken = new AuthorizationInterceptor(cached);
      cache.accessToken();
      template = new RequestTemplate().method(feign.Request.HttpMethod.GET).uri("/jobs/1");
    }
  }

  /** Which credentials the end-to-end client uses. */
  public enum Auth {
    /** {@code bearerToken(...)}: a fixed token. */
    BEARER_TOKEN,
    /** {@code clientCredentials(...)}: a token fetched once, then served from the cache. */
    CLIENT_CREDENTIALS
  }

  /** A client of the loopback server with the chosen credentials, on the default transport. */
  @State(Scope.Benchmark)
  public static class EndToEnd {
    /** The credentials. */
    @Param({"BEARER_TOKEN", "CLIENT_CREDENTIALS"})
    public Auth auth;

    LoopbackServer server;
    AirbyteClient client;

    /** Starts the server and the client, and makes the first call (fetching the token). */
    @Setup(Level.Trial)
    public void start() throws IOException {
      server = LoopbackServer.start();
      AirbyteClient.Builder builder = AirbyteClient.builder().baseUrl(server.baseUrl());
      if (auth == Auth.BEARER_TOKEN) {
        builder.bearerToken(Payloads.ACCESS_TOKEN);
      } else {
        builder.clientCredentials("benchmark-client", "benchmark-secret");
      }
      client = builder.build();
      client.jobs().getJob(Payloads.JOB_ID);
      System.out.printf("%n[client] %s%n", client);
    }

    /** Stops both; a client-credentials run must have fetched exactly one token. */
    @TearDown(Level.Trial)
    public void stop() {
      System.out.printf("%n[server] %d token request(s)%n", server.tokenRequests());
      client.close();
      server.close();
    }
  }

  /** The interceptor step with a fixed token: the baseline every call pays. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public RequestTemplate interceptorFixedToken(Interceptors state) {
    state.fixedToken.apply(state.template);
    return state.template;
  }

  /** The interceptor step with a cached client-credentials token. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public RequestTemplate interceptorCachedToken(Interceptors state) {
    state.cachedToken.apply(state.template);
    return state.template;
  }

  /** A whole small call, end to end, with the chosen credentials. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long getJob(EndToEnd state) {
    return state.client.jobs().getJob(Payloads.JOB_ID).getJobId();
  }
}
