package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.RecordingSleeper;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.SourcePatchRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The behaviours a transport takes part in (401 renewal, redirects, dropped connections, retries),
 * through the alternatives to the default (Apache HttpClient 5): the JDK's HTTP client ({@link
 * HttpTransport#JDK}) and Feign's {@code HttpURLConnection} client ({@link
 * HttpTransport#URL_CONNECTION}).
 */
class AlternativeTransportsTest {

  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer otherOrigin = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private final List<AirbyteClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
  }

  @AfterEach
  void stop() {
    clients.forEach(AirbyteClient::close);
  }

  /** Runs a test once per transport other than the default. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ParameterizedTest
  @EnumSource(
      value = HttpTransport.class,
      names = {"JDK", "URL_CONNECTION"})
  @interface EachAlternativeTransport {}

  /** A POST that must never be sent twice: it starts a sync. */
  private static JobResponse startSync(AirbyteClient client) {
    return client
        .jobs()
        .createJob(new JobCreateRequest().connectionId(SOURCE).jobType(JobTypeEnum.SYNC));
  }

  private AirbyteClient clientWith(HttpTransport transport) {
    AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .clientCredentials("id", "secret-value")
            .transport(transport)
            .sleeper(new RecordingSleeper())
            .build();
    clients.add(client);
    return client;
  }

  @EachAlternativeTransport
  void callsWithRenewalAfter401(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    airbyte.enqueueApi(problem(401, "Unauthorized", "expired"));

    assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    assertThat(airbyte.apiRequestsSeen().get(1).getHeaders().values("Authorization"))
        .containsExactly("Bearer token-2");
  }

  @EachAlternativeTransport
  void renewsAfter401ToAPostToo(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    airbyte.enqueueApi(
        problem(401, "Unauthorized", "expired"),
        json(200, "{\"jobId\":7,\"status\":\"pending\",\"jobType\":\"sync\"}"));

    assertThat(startSync(client).getJobId()).isEqualTo(7L);
    assertThat(airbyte.apiRequestsSeen().get(1).getHeaders().values("Authorization"))
        .containsExactly("Bearer token-2");
  }

  @EachAlternativeTransport
  void renewsAfter401WithAChallengeToAPost(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    airbyte.enqueueApi(
        new MockResponse.Builder()
            .code(401)
            .addHeader("WWW-Authenticate", "Bearer realm=\"airbyte\", error=\"invalid_token\"")
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"title\":\"Unauthorized\",\"status\":401}")
            .build(),
        json(200, "{\"jobId\":7,\"status\":\"pending\",\"jobType\":\"sync\"}"));

    assertThat(startSync(client).getJobId()).isEqualTo(7L);
  }

  @EachAlternativeTransport
  void refusedCredentialsSayWhatToCheck(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    airbyte.enqueueToken(problem(401, "Unauthorized", "bad client"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteAuthenticationException.class)
        .hasMessageContaining("check the client id and client secret");
  }

  @EachAlternativeTransport
  void doesNotFollowRedirects(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    otherOrigin.enqueue(json(200, FakeAirbyte.SOURCE_JSON));
    airbyte.enqueueApi(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", otherOrigin.url("/v1/sources/x"))
            .build());

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteApiException.class);
    assertThat(otherOrigin.getRequestCount()).isZero();
  }

  @EachAlternativeTransport
  void neverResendsAPostWhoseConnectionDropped(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    client.sources().getSource(SOURCE, false); // warm the token and the kept-alive connection
    airbyte.enqueueApi(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    assertThatThrownBy(() -> startSync(client)).isInstanceOf(AirbyteTransportException.class);
    assertThat(airbyte.apiRequestsSeen()).filteredOn(r -> r.getMethod().equals("POST")).hasSize(1);
  }

  @Test
  void urlConnectionRefusesPatchSayingWhichTransportToUse() {
    AirbyteClient client = clientWith(HttpTransport.URL_CONNECTION);
    assertThatThrownBy(
            () -> client.sources().patchSource(SOURCE, new SourcePatchRequest().name("renamed")))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("cannot send PATCH")
        .hasMessageContaining("HttpTransport.APACHE_HC5");
    assertThat(airbyte.apiRequestsSeen()).isEmpty();
  }

  @EachAlternativeTransport
  void retriesGetAfter503(HttpTransport transport) {
    AirbyteClient client = clientWith(transport);
    airbyte.enqueueApi(json(503, "{}"));

    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.apiRequests).hasValue(2);
  }
}
