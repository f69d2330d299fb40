package io.github.airbytejava.standin;

import com.sun.net.httpserver.HttpServer;
import io.github.airbytejava.standin.internal.api.StandInApi;
import io.github.airbytejava.standin.internal.http.AccessTokens;
import io.github.airbytejava.standin.internal.http.ApiDispatcher;
import io.github.airbytejava.standin.internal.http.ApiSpec;
import io.github.airbytejava.standin.internal.http.OperationBreaker;
import io.github.airbytejava.standin.internal.http.SpecOperation;
import io.github.airbytejava.standin.internal.state.StateContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory Airbyte public API on a real HTTP server: a test double for clients, the provider
 * that contract tests verify against, and a backend for demos. It serves every operation of the
 * effective spec under {@code /api/public/v1} (self-managed style) and {@code /v1} (Cloud style),
 * with Airbyte's semantics: client-credential tokens that expire, 401 without a valid token, paging
 * links, problem JSON, jobs that run and finish.
 *
 * <pre>{@code
 * try (AirbyteStandIn standIn =
 *     AirbyteStandIn.builder().tokenLifetime(Duration.ofSeconds(5)).start()) {
 *   UUID workspace = standIn.state().createWorkspace("Analytics");
 *   AirbyteClient client = AirbyteClient.builder()
 *       .baseUrl(standIn.baseUrl())
 *       .clientCredentials(standIn.clientId(), standIn.clientSecret())
 *       .build();
 *   ...
 *   assertThat(standIn.tokenRequests()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>In JUnit 5 tests, {@link AirbyteStandInExtension} starts and stops it. Thread-safe.
 */
public final class AirbyteStandIn implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AirbyteStandIn.class);

  static {
    // The JDK server writes headers and body separately and leaves Nagle's algorithm on, so every
    // response waits
    // for the client's delayed ACK: about 40 ms per request. This property (read once, when the
    // server classes
    // load) turns TCP_NODELAY on. Respect a value someone set on purpose.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final ApiSpec spec;
  private final ApiDispatcher dispatcher;
  private final StandInApi api;
  private final AccessTokens tokens;
  private final OperationBreaker breaker;
  private final StandInState state;
  private final String clientId;
  private final String clientSecret;
  private final String origin;
  private final AtomicBoolean closed = new AtomicBoolean();

  private AirbyteStandIn(Builder builder) {
    this.spec = builder.specFile == null ? ApiSpec.bundled() : ApiSpec.fromFile(builder.specFile);
    this.clientId = builder.clientId == null ? UUID.randomUUID().toString() : builder.clientId;
    this.clientSecret =
        builder.clientSecret == null ? StandInApi.newClientSecret() : builder.clientSecret;
    StateContext context = new StateContext(builder.clock);
    this.tokens = new AccessTokens(builder.clock, builder.tokenLifetime);
    this.api =
        new StandInApi(
            context, tokens, clientId, clientSecret, builder.jobProgression, builder.failJobsWhen);
    requireKnownOperations(api.registry().operationIds());
    this.breaker = new OperationBreaker();
    this.dispatcher =
        new ApiDispatcher(
            spec,
            api.registry(),
            tokens,
            api::isClient,
            context,
            breaker,
            builder.validateRequests);
    this.state = new StandInState(api.seeding());
    this.executor =
        new ThreadPoolExecutor(
            builder.threads,
            builder.threads,
            30,
            TimeUnit.SECONDS,
            // Bounded, so a flood of requests cannot queue without end. When it is full, the server's
            // own accept thread serves the request: that slows accepting down instead of dropping a
            // connection the client would wait on forever (the JDK server does not close it).
            new ArrayBlockingQueue<>(256),
            daemonThreads(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    executor.allowCoreThreadTimeOut(true);
    try {
      this.server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException(
          "Cannot listen on "
              + builder.host
              + ":"
              + builder.port
              + " (is the port in use? Port 0 picks a free one): "
              + e.getMessage(),
          e);
    }
    server.setExecutor(executor);
    server.createContext("/", dispatcher);
    server.start();
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    this.origin = "http://" + host + ":" + address.getPort();
    LOG.info("Airbyte API stand-in listening on {}", baseUrl());
  }

  /**
   * A builder with the defaults: loopback, an ephemeral port, 3-minute tokens, jobs that move per
   * poll.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a stand-in with the defaults. */
  public static AirbyteStandIn start() {
    return builder().start();
  }

  /** The API root in the self-managed style, e.g. {@code http://127.0.0.1:54321/api/public/v1}. */
  public String baseUrl() {
    return origin + ApiDispatcher.SELF_MANAGED_PREFIX;
  }

  /**
   * The API root in the Cloud style, e.g. {@code http://127.0.0.1:54321/v1}. Serves the same state.
   */
  public String cloudBaseUrl() {
    return origin + ApiDispatcher.CLOUD_PREFIX;
  }

  /** The port it listens on (the real one when the builder asked for port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The client id of the stand-in's own application. */
  public String clientId() {
    return clientId;
  }

  /** The client secret of the stand-in's own application. Never logged by the stand-in. */
  public String clientSecret() {
    return clientSecret;
  }

  /** How many token requests ({@code POST /applications/token}) arrived, granted or not. */
  public int tokenRequests() {
    return dispatcher.requestCount("createAccessToken");
  }

  /** How many requests arrived, whatever became of them. */
  public int requestCount() {
    return dispatcher.requestCount();
  }

  /**
   * How many requests were routed to one operation (e.g. {@code getSource}), whatever became of
   * them.
   */
  public int requestCount(String operationId) {
    return dispatcher.requestCount(operationId);
  }

  /** Seeds state directly: workspaces, sources, connections, jobs and more. */
  public StandInState state() {
    return state;
  }

  /**
   * Makes an operation answer with the wrong shape (every field of its JSON given a value of
   * another type, and the like; see the README) until {@link #repairOperations()} or {@link
   * #reset()}: for a test that shows a contract check failing.
   *
   * @param operationId e.g. {@code getSource}
   * @throws IllegalArgumentException if the spec has no such operation
   */
  public void breakOperation(String operationId) {
    if (spec.operation(operationId).isEmpty()) {
      throw new IllegalArgumentException(
          "The spec has no operation '"
              + operationId
              + "'. Operation ids look like getSource or listJobs.");
    }
    breaker.breakOperation(operationId);
  }

  /** Makes every broken operation answer properly again. */
  public void repairOperations() {
    breaker.repairAll();
  }

  /** Revokes every access token, as if all had expired: the next request with one gets 401. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /**
   * Back to the starting state: seeded and created records forgotten, counts at zero, broken
   * operations repaired. The client credentials stay the same and issued tokens stay valid.
   */
  public void reset() {
    api.reset();
    dispatcher.resetCounts();
    breaker.repairAll();
  }

  /** The ids of the operations it serves. */
  public Set<String> servedOperations() {
    return api.registry().operationIds();
  }

  /**
   * Stops the server at once and frees its threads. Requests in flight are cut off. Safe to call
   * twice.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Stand-in threads did not stop within 5 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Airbyte API stand-in on {} stopped", origin);
  }

  @Override
  public String toString() {
    return "AirbyteStandIn[" + baseUrl() + "]";
  }

  private void requireKnownOperations(Set<String> served) {
    Set<String> specIds =
        spec.operations().stream().map(SpecOperation::operationId).collect(Collectors.toSet());
    Set<String> unknown =
        served.stream().filter(id -> !specIds.contains(id)).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      // A handler for an operation the spec lacks is a typo or a spec change: fail loudly at start.
      throw new IllegalStateException("Handlers for operations the spec does not have: " + unknown);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      // Daemon threads: a test that forgets close() must not keep its JVM alive.
      Thread thread = new Thread(runnable, "airbyte-stand-in-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Configures and starts an {@link AirbyteStandIn}. Every setting has a default; {@link #start()}
   * binds the port.
   */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Duration tokenLifetime = Duration.ofMinutes(3);
    @Nullable private String clientId;
    @Nullable private String clientSecret;
    private Clock clock = Clock.systemUTC();
    private JobProgression jobProgression = JobProgression.perPoll();
    private Predicate<JobContext> failJobsWhen = JobContext::connectionNameContainsFail;
    private boolean validateRequests = true;
    @Nullable private Path specFile;
    private int threads = 4;

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("A port is between 0 and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on: {@code 127.0.0.1} (the default) keeps it to this machine; {@code
     * 0.0.0.0} opens it to others, e.g. from a container.
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * How long access tokens live; Airbyte's live 3 minutes, the default. Reported in whole
     * seconds.
     */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("A token lifetime must be positive, got " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** A fixed client id for the stand-in's application (default: a random UUID). */
    public Builder clientId(String clientId) {
      this.clientId = requireText(clientId, "clientId");
      return this;
    }

    /** A fixed client secret for the stand-in's application (default: random). */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The clock for token expiry, timestamps and clock-driven jobs; inject one to move time in
     * tests.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How jobs move from pending to their end (default: one step per poll). */
    public Builder jobProgression(JobProgression progression) {
      this.jobProgression = Objects.requireNonNull(progression, "progression");
      return this;
    }

    /**
     * Which new jobs will end {@code failed} rather than {@code succeeded}. Default: jobs of a
     * connection whose name contains "fail".
     */
    public Builder failJobsWhen(Predicate<JobContext> rule) {
      this.failJobsWhen = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Whether to refuse requests that break the spec with a 400 problem (the default), as Airbyte
     * does. Switch it off to see what a handler makes of a request the spec does not allow.
     */
    public Builder validateRequests(boolean validate) {
      this.validateRequests = validate;
      return this;
    }

    /**
     * Serve this effective spec instead of the one bundled in the jar (e.g. while changing the
     * overlays).
     */
    public Builder spec(Path effectiveSpec) {
      this.specFile = Objects.requireNonNull(effectiveSpec, "effectiveSpec");
      return this;
    }

    /** How many threads serve requests (default 4). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("At least one thread is needed, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the stand-in.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public AirbyteStandIn start() {
      return new AirbyteStandIn(this);
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
