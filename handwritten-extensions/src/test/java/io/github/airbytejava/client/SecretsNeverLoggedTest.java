package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.LogCapture;
import io.github.airbytejava.client.testing.RecordingSleeper;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Captures every log line at TRACE through a token fetch, a call, a 401, a renewal and retries. */
class SecretsNeverLoggedTest {

  private static final String CLIENT_SECRET = "client-secret-0f9e8d7c";
  private static final String TOKEN_1 = "access-token-one-4b3a29";
  private static final String TOKEN_2 = "access-token-two-77c1d0";
  private static final String TOKEN_3 = "access-token-three-e5d4c3";
  private static final String PASSWORD = "basic-password-5e6f7a";
  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private LogCapture log;

  @BeforeEach
  void captureEverything() {
    server.setDispatcher(airbyte);
    // the capture is the point; the console need not scroll
    log = LogCapture.everything(Level.TRACE);
  }

  @AfterEach
  void restore() {
    log.close();
  }

  @Test
  void clientCredentialsTokensAndSecretNeverAppearInLogsMessagesOrToString() {
    airbyte.tokens(n -> FakeAirbyte.token(n == 1 ? TOKEN_1 : n == 2 ? TOKEN_2 : TOKEN_3, 180));
    airbyte.enqueueApi(
        problem(401, "Unauthorized", "expired"), // renewed and retried once
        json(503, "{\"detail\":\"busy\"}"), // retried by the retry policy
        json(200, FakeAirbyte.SOURCE_JSON));
    try (AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .clientCredentials("client-id-1", CLIENT_SECRET)
            .sleeper(new RecordingSleeper())
            .build()) {
      client.sources().getSource(SOURCE, false);
      airbyte.enqueueApi(
          problem(401, "Unauthorized", "x"), problem(401, "Unauthorized", "again " + TOKEN_3));
      Throwable failure =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> client.sources().getSource(SOURCE, false));

      assertThat(failure).isInstanceOf(AirbyteAuthenticationException.class);
      assertThat(failure.getMessage() + failure.getCause())
          .doesNotContain(CLIENT_SECRET, TOKEN_1, TOKEN_2, TOKEN_3);
      assertThat(client.toString())
          .doesNotContain(CLIENT_SECRET, TOKEN_1, TOKEN_2, TOKEN_3)
          .contains("client-id-1");
    }

    String logged = log.text(logger -> true);
    assertThat(logged)
        .as("the capture must have seen the exchanges, or the test proves nothing")
        .contains("---> POST")
        .contains("/v1/applications/token")
        .contains("<--- HTTP/1.1 401")
        .contains("retrying once with renewed credentials")
        .contains("Retrying GET");
    assertThat(logged).doesNotContain(CLIENT_SECRET, TOKEN_1, TOKEN_2, TOKEN_3);
    assertThat(logged).doesNotContainIgnoringCase("authorization:");
  }

  @Test
  void basicAuthPasswordNeverAppearsInLogsMessagesOrToString() {
    airbyte.enqueueApi(problem(401, "Unauthorized", "nope"));
    try (AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .basicAuth("airbyte", PASSWORD)
            .build()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteAuthenticationException.class)
          .hasMessageNotContaining(PASSWORD);
      assertThat(client.toString()).doesNotContain(PASSWORD).contains("airbyte");
    }

    String logged = log.text(logger -> true);
    assertThat(logged).contains("<--- HTTP/1.1 401");
    assertThat(logged)
        .doesNotContain(PASSWORD)
        .doesNotContain("YWlyYnl0ZTpiYXNpYy1wYXNzd29yZC01ZTZmN2E=");
  }

  @Test
  void buildersNeverShowSecrets() {
    assertThat(AirbyteClient.builder().clientCredentials("id", CLIENT_SECRET).toString())
        .doesNotContain(CLIENT_SECRET);
    assertThat(AirbyteClient.builder().bearerToken(TOKEN_1).toString()).doesNotContain(TOKEN_1);
    assertThat(AirbyteClient.builder().basicAuth("u", PASSWORD).toString())
        .doesNotContain(PASSWORD);
  }

  @Test
  void nothingIsLoggedAtInfoOrAboveForASuccessfulCall() {
    try (LogCapture info = LogCapture.everything(Level.INFO)) {
      try (AirbyteClient client =
          AirbyteClient.builder()
              .baseUrl(FakeAirbyte.baseUrl(server))
              .bearerToken(TOKEN_1)
              .build()) {
        client.sources().getSource(SOURCE, false);
      }
      assertThat(info.messages()).isEmpty();
    }
  }
}
