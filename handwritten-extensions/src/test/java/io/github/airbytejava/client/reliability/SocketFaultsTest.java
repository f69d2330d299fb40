package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteTransportException;
import io.github.airbytejava.client.HttpTransport;
import io.github.airbytejava.client.reliability.Rig.Auth;
import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.generated.model.SourceResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults below HTTP, on real loopback sockets: refused and reset connections, a server that never
 * answers, a body that drips. The rig's clients allow 2 retries, the faults about time use a 400 ms
 * read timeout, and the sleeper returns at once, so each wall-time bound is the timeouts plus
 * slack.
 */
@Timeout(value = 15, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SocketFaultsTest {

  private Rig rig = Rig.defaults();

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  @Test
  void aRefusedConnectionFailsFastWithATransportErrorThatSaysWhatToCheck() throws Exception {
    Faults.connectionRefused(rig);

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("GET /v1/sources/")
        .hasMessageContaining("http://127.0.0.1:")
        .hasMessageContaining("connection refused");
    assertThat(rig.sleeper.sleeps).as("a GET is retried after an I/O failure").hasSize(2);
    assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aResetBeforeTheResponseEndsAGetWithATransportErrorAfterItsRetries() throws Exception {
    Faults.resetBeforeResponse(rig, false);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isInstanceOf(AirbyteTransportException.class);
    assertThat(rig.sleeper.sleeps).hasSize(2);
    // The JDK client resends a GET on its own when a connection drops: at most once per attempt.
    assertThat(outcome.apiRequests()).isBetween(3, 6);
    assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aResetBeforeTheResponseNeverSendsAPostTwice() throws Exception {
    Faults.resetBeforeResponse(rig, true);

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("POST /v1/jobs");
    assertThat(outcome.apiRequests()).isEqualTo(1);
    assertThat(rig.sleeper.sleeps).isEmpty();
  }

  @Test
  void aResetInTheMiddleOfTheBodyIsRetriedForAGetWhichThenSucceeds() throws Exception {
    Faults.resetMidBody(rig, false);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isNull();
    assertThat(((SourceResponse) outcome.value()).getName()).isEqualTo("pg");
    assertThat(outcome.apiRequests()).isEqualTo(2);
  }

  @Test
  void aResetInTheMiddleOfTheBodyFailsAPostAfterOneAttempt() throws Exception {
    Faults.resetMidBody(rig, true);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isInstanceOf(AirbyteTransportException.class);
    assertThat(outcome.apiRequests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aServerThatNeverAnswersEndsAGetAfterEachAttemptsReadTimeout(HttpTransport transport)
      throws Exception {
    rig = new Rig(transport, Auth.BEARER);
    Faults.neverAnswers(rig, false);

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("readTimeout");
    assertThat(outcome.apiRequests()).isEqualTo(3);
    assertThat(outcome.elapsed()).isBetween(Duration.ofMillis(1200), Duration.ofSeconds(4));
  }

  // Apache clears a pooled connection's socket timeout while it idles; reused, the connection must
  // have the read timeout again, or a stalled response would hold the caller for ever.
  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aConnectionReusedFromThePoolStillTimesOutAResponseThatNeverComes(HttpTransport transport)
      throws Exception {
    rig = new Rig(transport, Auth.BEARER);
    rig.readTimeout = Rig.SHORT_READ_TIMEOUT;
    rig.maxRetries = 0;
    ScriptedServer server =
        rig.scripted()
            .enqueue(ScriptedServer.respond(200, "application/json", Faults.SOURCE_JSON))
            .otherwise(ScriptedServer.neverAnswer());
    AirbyteClient client = rig.client(server.baseUrl());
    assertThat(rig.get(client).failure()).isNull();
    Thread.sleep(100); // idle in the pool

    Outcome outcome = rig.get(client);
    assertThat(outcome.failure())
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("readTimeout");
    assertThat(outcome.elapsed()).isBetween(Duration.ofMillis(350), Duration.ofSeconds(2));
    assertThat(server.connectionsAccepted).as("the second call reused the connection").hasValue(1);
  }

  // A POST is never retried, so it must not be sent on a pooled connection the server has
  // already closed; Apache checks a connection idle for over a second before reusing it.
  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aPostAfterTheServerClosedTheIdleConnectionGoesOutOnANewOne(HttpTransport transport)
      throws Exception {
    rig = new Rig(transport, Auth.BEARER);
    ScriptedServer server =
        rig.scripted()
            .enqueue(ScriptedServer.respondThenCloseWhenIdle(Faults.SOURCE_JSON, 100))
            .otherwise(ScriptedServer.respond(200, "application/json", FakeAirbyte.JOB_JSON));
    AirbyteClient client = rig.client(server.baseUrl());
    assertThat(rig.get(client).failure()).isNull();
    Thread.sleep(1_500); // the server closes the connection while it idles in the pool

    Outcome outcome = rig.post(client);
    assertThat(outcome.failure()).isNull();
    assertThat(outcome.apiRequests()).isEqualTo(1);
    assertThat(server.connectionsAccepted).hasValue(2);
  }

  @Test
  void aServerThatNeverAnswersAPostFailsItAfterOneReadTimeout() throws Exception {
    Faults.neverAnswers(rig, true);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isInstanceOf(AirbyteTransportException.class);
    assertThat(outcome.apiRequests()).isEqualTo(1);
    assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(2));
  }

  // The JDK transport's own timeout ends with the headers, Apache's is per read: without the
  // client's body deadline, this drip would hold the caller for about 8 s per attempt.
  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aBodyDrippingBeyondTheReadTimeoutIsCutOffAtTheDeadline(HttpTransport transport)
      throws Exception {
    rig = new Rig(transport, Auth.BEARER);
    rig.maxRetries = 0;
    Faults.slowDrip(rig);

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("did not arrive completely within 400 ms (readTimeout)");
    assertThat(outcome.elapsed()).isBetween(Duration.ofMillis(350), Duration.ofMillis(2500));
  }

  @Test
  void aDrippingBodyIsAnIoFailureSoAGetIsRetriedWithinItsBudget() throws Exception {
    Faults.slowDrip(rig);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isInstanceOf(AirbyteTransportException.class);
    assertThat(outcome.apiRequests()).isEqualTo(3);
    assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void aSlowBodyThatCompletesWithinTheReadTimeoutIsDecoded(HttpTransport transport)
      throws Exception {
    rig = new Rig(transport, Auth.BEARER);
    Faults.slowDripWithinDeadline(rig);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isNull();
    assertThat(((SourceResponse) outcome.value()).getName()).isEqualTo("pg");
    assertThat(outcome.apiRequests()).isEqualTo(1);
  }
}
