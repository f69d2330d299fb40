package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.MutableClock;
import io.github.airbytejava.client.testing.RecordingSleeper;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.SourcePatchRequest;
import io.github.airbytejava.generated.model.SourcePutRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {

  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MutableClock clock = new MutableClock();
  private AirbyteClient client;

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
    client = client(3);
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private AirbyteClient client(int maxRetries) {
    return AirbyteClient.builder()
        .baseUrl(FakeAirbyte.baseUrl(server))
        .bearerToken("test-token-value")
        .maxRetries(maxRetries)
        .sleeper(sleeper)
        .clock(clock)
        .readTimeout(Duration.ofMillis(250))
        .build();
  }

  private static MockResponse status(int code) {
    return json(code, "{}");
  }

  private static MockResponse connectionDrop() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  private static MockResponse slowResponse() {
    return new MockResponse.Builder()
        .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
        .addHeader("Content-Type", "application/json")
        .body(FakeAirbyte.SOURCE_JSON)
        .build();
  }

  private void createJob() {
    client.jobs().createJob(new JobCreateRequest().connectionId(SOURCE).jobType(JobTypeEnum.SYNC));
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void idempotentGetIsRetriedAfterGatewayErrors(int code) {
    airbyte.enqueueApi(status(code), status(code));

    assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    assertThat(airbyte.apiRequests).hasValue(3);
  }

  @Test
  void putAndDeleteAreRetriedAfter503() {
    airbyte.enqueueApi(status(503));
    client.sources().putSource(SOURCE, new SourcePutRequest().name("pg"));
    airbyte.enqueueApi(status(503), new MockResponse.Builder().code(204).build());
    client.sources().deleteSource(SOURCE);

    assertThat(airbyte.apiRequestsSeen())
        .extracting(r -> r.getMethod())
        .containsExactly("PUT", "PUT", "DELETE", "DELETE");
  }

  @Test
  void postIsNotRetriedAfter503BecauseItMightStartASecondSync() {
    airbyte.enqueueApi(problem(503, "Service Unavailable", "overloaded"));

    assertThatThrownBy(this::createJob)
        .isInstanceOf(AirbyteServerException.class)
        .hasMessageContaining("overloaded");
    assertThat(airbyte.apiRequests).hasValue(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void patchIsNotRetriedAfter502() {
    airbyte.enqueueApi(status(502));

    assertThatThrownBy(
            () -> client.sources().patchSource(SOURCE, new SourcePatchRequest().name("x")))
        .isInstanceOf(AirbyteServerException.class);
    assertThat(airbyte.apiRequests).hasValue(1);
  }

  @Test
  void a500IsNotRetriedEvenForGet() {
    airbyte.enqueueApi(status(500));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteServerException.class);
    assertThat(airbyte.apiRequests).hasValue(1);
  }

  @Test
  void postIsRetriedAfter429BecauseTheServerRefusedItUnseen() {
    airbyte.enqueueApi(status(429), json(200, FakeAirbyte.JOB_JSON));

    createJob();
    assertThat(airbyte.apiRequests).hasValue(2);
  }

  // A read timeout is the I/O failure used here: the JDK's HttpClient silently resends a GET
  // whose connection drops, which would blur the count of the client's own retries.
  @Test
  void getIsRetriedAfterAReadTimeout() {
    airbyte.enqueueApi(slowResponse());

    assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    assertThat(airbyte.apiRequests).hasValue(2);
    assertThat(sleeper.sleeps).hasSize(1);
  }

  @Test
  void postIsNotRetriedAfterAReadTimeout() {
    airbyte.enqueueApi(slowResponse());

    assertThatThrownBy(this::createJob)
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("POST /v1/jobs")
        .hasMessageContaining("readTimeout");
    assertThat(airbyte.apiRequests).hasValue(1);
  }

  private static MockResponse bodyBreaksOff() {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body("{\"name\":\"" + "x".repeat(64 * 1024) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket())
        .build();
  }

  @Test
  void getIsRetriedWhenTheBodyBreaksOff() {
    airbyte.enqueueApi(bodyBreaksOff());

    assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    assertThat(airbyte.apiRequests).hasValue(2);
  }

  @Test
  void postIsNotRetriedWhenTheBodyBreaksOff() {
    airbyte.enqueueApi(bodyBreaksOff());

    assertThatThrownBy(this::createJob).isInstanceOf(AirbyteTransportException.class);
    assertThat(airbyte.apiRequests).hasValue(1);
  }

  @Test
  void postIsNotRetriedAfterTheConnectionDrops() {
    airbyte.enqueueApi(connectionDrop());

    assertThatThrownBy(this::createJob)
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("POST /v1/jobs");
    assertThat(airbyte.apiRequests).hasValue(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void succeedsWhenTheLastAllowedRetrySucceeds() {
    airbyte.enqueueApi(status(503), status(503), status(503));

    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.apiRequests).hasValue(4);
    assertThat(sleeper.sleeps).hasSize(3);
  }

  @Test
  void givesUpAfterMaxRetriesWithoutAFurtherRequest() {
    airbyte.enqueueApi(
        status(503), status(503), status(503), problem(503, "Service Unavailable", "fourth"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteServerException.class)
        .hasMessageContaining("fourth");
    assertThat(airbyte.apiRequests).hasValue(4);
  }

  @Test
  void maxRetriesZeroMakesExactlyOneAttempt() {
    try (AirbyteClient noRetries = client(0)) {
      airbyte.enqueueApi(status(503));
      assertThatThrownBy(() -> noRetries.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteServerException.class);
    }
    assertThat(airbyte.apiRequests).hasValue(1);
  }

  @Test
  void backoffGrowsExponentiallyWithJitterInTheUpperHalf() {
    try (AirbyteClient many = client(5)) {
      airbyte.enqueueApi(status(503), status(503), status(503), status(503), status(503));
      many.sources().getSource(SOURCE, false);
    }

    long[] ceilings = {500, 1000, 2000, 4000, 8000};
    assertThat(sleeper.sleeps).hasSize(5);
    for (int i = 0; i < ceilings.length; i++) {
      assertThat(sleeper.sleeps.get(i).toMillis()).isBetween(ceilings[i] / 2, ceilings[i]);
    }
  }

  @Test
  void backoffStopsGrowingAtEightSeconds() {
    try (AirbyteClient many = client(7)) {
      for (int i = 0; i < 7; i++) {
        airbyte.enqueueApi(status(503));
      }
      many.sources().getSource(SOURCE, false);
    }
    assertThat(sleeper.sleeps.subList(4, 7))
        .allSatisfy(d -> assertThat(d.toMillis()).isBetween(4000L, 8000L));
  }

  @Test
  void retryAfterInSecondsReplacesTheBackoff() {
    airbyte.enqueueApi(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());

    client.sources().getSource(SOURCE, false);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredWithTheInjectedClock() {
    String in12Seconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(12).atZone(ZoneOffset.UTC));
    airbyte.enqueueApi(
        new MockResponse.Builder().code(503).addHeader("Retry-After", in12Seconds).build());

    client.sources().getSource(SOURCE, false);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterAtTheSixtySecondCapIsObeyed() {
    airbyte.enqueueApi(new MockResponse.Builder().code(429).addHeader("Retry-After", "60").build());

    client.sources().getSource(SOURCE, false);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterAboveTheCapEndsTheRetriesAndIsReported() {
    airbyte.enqueueApi(new MockResponse.Builder().code(429).addHeader("Retry-After", "61").build());

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOfSatisfying(
            AirbyteRateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(61)));
    assertThat(airbyte.apiRequests).hasValue(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void readTimeoutOfAGetIsRetriedAndThenReportedAsTransportFailure() {
    try (AirbyteClient once = client(1)) {
      airbyte.enqueueApi(slowResponse(), slowResponse());
      ThrowingCallable call = () -> once.sources().getSource(SOURCE, false);
      assertThatThrownBy(call)
          .isInstanceOf(AirbyteTransportException.class)
          .hasMessageContaining("readTimeout")
          .satisfies(e -> assertThat(((AirbyteApiException) e).status()).isEqualTo(0));
    }
    assertThat(airbyte.apiRequests).hasValue(2);
  }

  @Test
  void anInterruptedRetryWaitEndsTheCallAndKeepsTheInterruptFlag() {
    try (AirbyteClient interrupted =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .bearerToken("test-token-value")
            .sleeper(
                d -> {
                  throw new InterruptedException();
                })
            .build()) {
      airbyte.enqueueApi(status(503));
      assertThatThrownBy(() -> interrupted.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteTransportException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.interrupted()).isTrue();
    }
  }
}
