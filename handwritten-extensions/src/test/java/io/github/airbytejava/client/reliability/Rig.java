package io.github.airbytejava.client.reliability;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.HttpTransport;
import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.MutableClock;
import io.github.airbytejava.client.testing.NoDelayServerSockets;
import io.github.airbytejava.client.testing.RecordingSleeper;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobTypeEnum;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import mockwebserver3.MockWebServer;

/**
 * Everything one fault needs: loopback servers, clients configured the way the test asks
 * (transport, credentials, small timeouts, a recording sleeper, a clock the scenario moves), and a
 * record of every call's {@link Outcome}. Closing the rig closes all of it.
 *
 * <p>The credentials are distinctive strings, so that a test can search logs, messages and
 * toString() output for them.
 */
final class Rig implements AutoCloseable {

  /** The kind of credentials the rig's clients use. */
  enum Auth {
    BEARER,
    CLIENT_CREDENTIALS,
    BASIC
  }

  static final String CLIENT_ID = "reliability-client";
  static final String CLIENT_SECRET = "client-secret-7f3a9c2e41";
  static final String BEARER_TOKEN = "bearer-token-5d8e1b7a90";

  /** Tokens the servers issue are this prefix plus a counter. */
  static final String ISSUED_TOKEN_PREFIX = "issued-token-c4e2a8-";

  static final String BASIC_USER = "airbyte";
  static final String BASIC_PASSWORD = "basic-password-93b1f6";
  static final UUID ID = FakeAirbyte.SOURCE_UUID;

  final HttpTransport transport;
  final Auth auth;
  final RecordingSleeper sleeper = new RecordingSleeper();
  final MutableClock clock = new MutableClock();

  /**
   * The read timeout of the faults about time. Others keep a generous one, so that a busy machine's
   * pauses cannot be mistaken for a fault.
   */
  static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(400);

  Duration readTimeout = Duration.ofSeconds(5);
  int maxRetries = 2;

  final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
  final List<AirbyteClient> clients = new CopyOnWriteArrayList<>();
  private final List<Closeable> servers = new ArrayList<>();
  private final List<IntSupplier> apiCounters = new ArrayList<>();
  private final List<IntSupplier> tokenCounters = new ArrayList<>();

  Rig(HttpTransport transport, Auth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  /** The default transport with a fixed bearer token. */
  static Rig defaults() {
    return new Rig(HttpTransport.APACHE_HC5, Auth.BEARER);
  }

  /** A raw server on 127.0.0.1 issuing tokens with {@link #ISSUED_TOKEN_PREFIX}. */
  ScriptedServer scripted() throws IOException {
    ScriptedServer server = new ScriptedServer(ISSUED_TOKEN_PREFIX);
    servers.add(server);
    apiCounters.add(server.apiRequests::get);
    tokenCounters.add(server.tokenRequests::get);
    return server;
  }

  /** A started MockWebServer answering with {@code airbyte}, which issues the rig's tokens. */
  MockWebServer mock(FakeAirbyte airbyte) throws IOException {
    airbyte.tokens(n -> FakeAirbyte.token(ISSUED_TOKEN_PREFIX + n, 180));
    MockWebServer server = NoDelayServerSockets.noDelay(new MockWebServer());
    server.setDispatcher(airbyte);
    server.start();
    servers.add(server);
    apiCounters.add(airbyte.apiRequests::get);
    tokenCounters.add(airbyte.tokenRequests::get);
    return server;
  }

  /** A client of {@code baseUrl} with the rig's credentials and settings. */
  AirbyteClient client(String baseUrl) {
    return client(baseUrl, auth);
  }

  AirbyteClient client(String baseUrl, Auth credentials) {
    AirbyteClient.Builder builder =
        AirbyteClient.builder()
            .baseUrl(baseUrl)
            .transport(transport)
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(readTimeout)
            .maxRetries(maxRetries)
            .sleeper(sleeper)
            .clock(clock);
    switch (credentials) {
      case CLIENT_CREDENTIALS:
        builder.clientCredentials(CLIENT_ID, CLIENT_SECRET);
        break;
      case BASIC:
        builder.basicAuth(BASIC_USER, BASIC_PASSWORD);
        break;
      case BEARER:
      default:
        builder.bearerToken(BEARER_TOKEN);
    }
    AirbyteClient client = builder.build();
    clients.add(client);
    return client;
  }

  /** {@code GET /sources/{id}}: idempotent, retried after gateway errors and I/O failures. */
  Outcome get(AirbyteClient client) {
    return call(() -> client.sources().getSource(ID, false));
  }

  /** {@code POST /jobs}: starts a sync, so it must never be sent twice by the client. */
  Outcome post(AirbyteClient client) {
    return call(
        () ->
            client
                .jobs()
                .createJob(new JobCreateRequest().connectionId(ID).jobType(JobTypeEnum.SYNC)));
  }

  /** Runs {@code call}, recording and returning its outcome. */
  Outcome call(Callable<?> call) {
    int api = sum(apiCounters);
    int tokens = sum(tokenCounters);
    long start = System.nanoTime();
    Object value = null;
    Throwable failure = null;
    try {
      value = call.call();
    } catch (Throwable thrown) {
      failure = thrown;
    }
    Outcome outcome =
        new Outcome(
            value,
            failure,
            Duration.ofNanos(System.nanoTime() - start),
            sum(apiCounters) - api,
            sum(tokenCounters) - tokens);
    outcomes.add(outcome);
    return outcome;
  }

  /** The outcome of the last call. */
  Outcome last() {
    return outcomes.get(outcomes.size() - 1);
  }

  private static int sum(List<IntSupplier> counters) {
    return counters.stream().mapToInt(IntSupplier::getAsInt).sum();
  }

  /** Closes every client, then every server. */
  @Override
  public void close() throws IOException {
    for (AirbyteClient client : clients) {
      client.close();
    }
    for (Closeable server : servers) {
      server.close();
    }
  }
}
