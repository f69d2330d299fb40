package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.airbytejava.client.internal.CachingTokenProvider;
import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.LogCapture;
import io.github.airbytejava.client.testing.MutableClock;
import io.github.airbytejava.client.testing.RecordingSleeper;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientCredentialsTest {

  private static final String CLIENT_ID = "my-client-id";
  private static final String CLIENT_SECRET = "s3cr3t-client-secret-value";
  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private final MutableClock clock = new MutableClock();
  private AirbyteClient client;

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
    client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .clientCredentials(CLIENT_ID, CLIENT_SECRET)
            .clock(clock)
            .sleeper(new RecordingSleeper())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void postsClientIdSecretAndGrantTypeAsJsonToTheTokenEndpointBelowTheBasePath() throws Exception {
    client.sources().getSource(SOURCE, false);

    RecordedRequest tokenRequest = airbyte.requests.get(0);
    assertThat(tokenRequest.getMethod()).isEqualTo("POST");
    assertThat(tokenRequest.getUrl().encodedPath()).isEqualTo("/v1/applications/token");
    assertThat(tokenRequest.getHeaders().get("Authorization")).isNull();
    assertThat(tokenRequest.getHeaders().get("Content-Type")).startsWith("application/json");
    JsonNode body = new ObjectMapper().readTree(tokenRequest.getBody().utf8());
    assertThat(body.get("client_id").asText()).isEqualTo(CLIENT_ID);
    assertThat(body.get("client_secret").asText()).isEqualTo(CLIENT_SECRET);
    assertThat(body.get("grant-type").asText()).isEqualTo("client_credentials");
    assertThat(body.size()).isEqualTo(3);
  }

  @Test
  void sendsTheIssuedTokenAsBearerAuthorization() {
    client.sources().getSource(SOURCE, false);

    RecordedRequest call = airbyte.apiRequestsSeen().get(0);
    assertThat(call.getHeaders().values("Authorization")).containsExactly("Bearer token-1");
  }

  @Test
  void reusesTheCachedTokenUntilTheRefreshMargin() {
    // token-1 lives 180 s; the margin is a fifth of that (36 s), so it is renewed at 144 s.
    client.sources().getSource(SOURCE, false);
    clock.advance(Duration.ofSeconds(143));
    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.tokenRequests).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.tokenRequests).hasValue(2);
    assertThat(airbyte.apiRequestsSeen().get(2).getHeaders().get("Authorization"))
        .isEqualTo("Bearer token-2");
  }

  @Test
  void refreshMarginIsAtMostOneMinuteForLongLivedTokens() {
    airbyte.tokens(n -> FakeAirbyte.token("token-" + n, 900));
    client.sources().getSource(SOURCE, false);
    clock.advance(Duration.ofSeconds(839));
    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.tokenRequests).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    client.sources().getSource(SOURCE, false);
    assertThat(airbyte.tokenRequests).hasValue(2);
  }

  @Test
  void keepsUsingAValidTokenWhenAnEarlyRenewalFails() {
    client.sources().getSource(SOURCE, false);
    clock.advance(Duration.ofSeconds(150)); // inside the margin, 30 s before expiry
    airbyte.enqueueToken(problem(500, "Internal Server Error", "down"));

    client.sources().getSource(SOURCE, false);

    assertThat(airbyte.apiRequestsSeen().get(1).getHeaders().get("Authorization"))
        .isEqualTo("Bearer token-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer", "bearer", "BEARER", "mac"})
  void acceptsAnyTokenTypeSpelling(String tokenType) {
    airbyte.enqueueToken(
        json(
            200,
            "{\"access_token\":\"tok-x\",\"token_type\":\""
                + tokenType
                + "\",\"expires_in\":180}"));

    client.sources().getSource(SOURCE, false);

    assertThat(airbyte.apiRequestsSeen().get(0).getHeaders().get("Authorization"))
        .isEqualTo("Bearer tok-x");
  }

  @Test
  void missingExpiresInMeansAOneMinuteLifetimeAndOneWarning() {
    try (LogCapture log = LogCapture.of(CachingTokenProvider.class, Level.TRACE)) {
      airbyte.tokens(
          n -> json(200, "{\"access_token\":\"tok-" + n + "\",\"token_type\":\"Bearer\"}"));

      client.sources().getSource(SOURCE, false);
      clock.advance(Duration.ofSeconds(47)); // renewal at 48 s (a fifth of 60 s early)
      client.sources().getSource(SOURCE, false);
      assertThat(airbyte.tokenRequests).hasValue(1);
      clock.advance(Duration.ofSeconds(1));
      client.sources().getSource(SOURCE, false);
      clock.advance(Duration.ofSeconds(60));
      client.sources().getSource(SOURCE, false);

      assertThat(airbyte.tokenRequests).hasValue(3);
      assertThat(log.messages()).filteredOn(message -> message.contains("expires_in")).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403})
  void tokenEndpointRefusalSaysWhichSettingToCheckWithoutTheSecret(int status) {
    airbyte.enqueueToken(problem(status, "Unauthorized", "invalid client"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteAuthenticationException.class)
        .hasMessageContaining("AIRBYTE_CLIENT_SECRET")
        .hasMessageContaining(CLIENT_ID)
        .hasMessageContaining(String.valueOf(status))
        .hasMessageContaining("/v1/applications/token")
        .hasMessageNotContaining(CLIENT_SECRET)
        .satisfies(e -> assertThat(((AirbyteApiException) e).status()).isEqualTo(status));
    assertThat(airbyte.apiRequests).hasValue(0);
  }

  @Test
  void tokenEndpointEchoingTheSecretDoesNotLeakItIntoTheException() {
    airbyte.enqueueToken(
        problem(400, "Bad Request", "client_secret " + CLIENT_SECRET + " is not valid"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteAuthenticationException.class)
        .hasMessageNotContaining(CLIENT_SECRET)
        .satisfies(
            e ->
                assertThat(String.valueOf(((AirbyteApiException) e).problem()))
                    .doesNotContain(CLIENT_SECRET));
  }

  @Test
  void missingTokenEndpointPointsAtTheBaseUrl() {
    airbyte.enqueueToken(json(404, "{\"message\":\"no route\"}"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteNotFoundException.class)
        .hasMessageContaining("check the base URL")
        .hasMessageContaining("https://api.airbyte.com/v1");
  }

  @Test
  void tokenEndpointIsRetriedAfterA503BecauseIssuingATokenIsHarmlessToRepeat() {
    airbyte.enqueueToken(problem(503, "Service Unavailable", "busy"));

    client.sources().getSource(SOURCE, false);

    assertThat(airbyte.tokenRequests).hasValue(2);
  }

  @Test
  void tokenResponseWithoutAccessTokenIsADecodeError() {
    airbyte.enqueueToken(json(200, "{\"token_type\":\"Bearer\",\"expires_in\":180}"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("access_token");
  }

  @Test
  void malformedTokenResponseIsADecodeErrorThatQuotesNothingOfTheBody() {
    airbyte.enqueueToken(json(200, "{\"access_token\": eyJhbGciOiJIUzI1NiJ9.secretpart }"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("ApplicationsApi#createAccessToken")
        .hasMessageNotContaining("eyJ")
        .hasMessageNotContaining("secretpart")
        .hasNoCause();
  }
}
