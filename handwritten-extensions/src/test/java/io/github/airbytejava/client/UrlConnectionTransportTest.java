package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.RecordingSleeper;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.SourcePatchRequest;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviours the transport takes part in, through Feign's default {@code HttpURLConnection}
 * client ({@link HttpTransport#URL_CONNECTION}).
 */
class UrlConnectionTransportTest {

  private static final UUID SOURCE = UUID.fromString(FakeAirbyte.SOURCE_ID);

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer otherOrigin = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private AirbyteClient client;

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
    client =
        AirbyteClient.builder()
            .baseUrl(server.url(FakeAirbyte.BASE_PATH).toString())
            .clientCredentials("id", "secret-value")
            .transport(HttpTransport.URL_CONNECTION)
            .sleeper(new RecordingSleeper())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void callsWithRenewalAfter401() {
    airbyte.enqueueApi(problem(401, "Unauthorized", "expired"));

    assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    assertThat(airbyte.apiRequestsSeen().get(1).getHeaders().values("Authorization"))
        .containsExactly("Bearer token-2");
  }

  @Test
  void renewsAfter401ToAPostToo() {
    airbyte.enqueueApi(
        problem(401, "Unauthorized", "expired"),
        json(200, "{\"jobId\":7,\"status\":\"pending\",\"jobType\":\"sync\"}"));

    assertThat(
            client
                .jobs()
                .createJob(new JobCreateRequest().connectionId(SOURCE).jobType(JobTypeEnum.SYNC))
                .getJobId())
        .isEqualTo(7L);
    assertThat(airbyte.apiRequestsSeen().get(1).getHeaders().values("Authorization"))
        .containsExactly("Bearer token-2");
  }

  @Test
  void renewsAfter401WithAChallengeToAPost() {
    airbyte.enqueueApi(
        new MockResponse.Builder()
            .code(401)
            .addHeader("WWW-Authenticate", "Bearer realm=\"airbyte\", error=\"invalid_token\"")
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"title\":\"Unauthorized\",\"status\":401}")
            .build(),
        json(200, "{\"jobId\":7,\"status\":\"pending\",\"jobType\":\"sync\"}"));

    assertThat(
            client
                .jobs()
                .createJob(new JobCreateRequest().connectionId(SOURCE).jobType(JobTypeEnum.SYNC))
                .getJobId())
        .isEqualTo(7L);
  }

  @Test
  void refusedCredentialsSayWhatToCheck() {
    airbyte.enqueueToken(problem(401, "Unauthorized", "bad client"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteAuthenticationException.class)
        .hasMessageContaining("check the client id and client secret");
  }

  @Test
  void doesNotFollowRedirects() {
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

  @Test
  void neverResendsAPostWhoseConnectionDropped() {
    client.sources().getSource(SOURCE, false); // warm the token and the kept-alive connection
    airbyte.enqueueApi(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    assertThatThrownBy(
            () ->
                client
                    .jobs()
                    .createJob(
                        new JobCreateRequest().connectionId(SOURCE).jobType(JobTypeEnum.SYNC)))
        .isInstanceOf(AirbyteTransportException.class);
    assertThat(airbyte.apiRequestsSeen()).filteredOn(r -> r.getMethod().equals("POST")).hasSize(1);
  }

  @Test
  void refusesPatchSayingWhichTransportToUse() {
    assertThatThrownBy(
            () -> client.sources().patchSource(SOURCE, new SourcePatchRequest().name("renamed")))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("cannot send PATCH")
        .hasMessageContaining("HttpTransport.APACHE_HC5");
    assertThat(airbyte.apiRequestsSeen()).isEmpty();
  }

  @Test
  void retriesGetAfter503() {
    airbyte.enqueueApi(json(503, "{}"));

    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.apiRequests).hasValue(2);
  }
}
