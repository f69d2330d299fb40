package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.RecordingSleeper;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnauthorizedRetryTest {

  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
  }

  private AirbyteClient.Builder builder() {
    return AirbyteClient.builder()
        .baseUrl(FakeAirbyte.baseUrl(server))
        .sleeper(new RecordingSleeper());
  }

  private AirbyteClient clientCredentialsClient() {
    return builder().clientCredentials("id", "secret-value").build();
  }

  @Test
  void a401IsRetriedOnceWithAFreshTokenThatReplacesTheOldHeader() {
    airbyte.enqueueApi(problem(401, "Unauthorized", "token expired"));
    try (AirbyteClient client = clientCredentialsClient()) {
      assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    }

    List<RecordedRequest> calls = airbyte.apiRequestsSeen();
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).getHeaders().values("Authorization")).containsExactly("Bearer token-1");
    assertThat(calls.get(1).getHeaders().values("Authorization")).containsExactly("Bearer token-2");
    assertThat(airbyte.tokenRequests).hasValue(2);
  }

  @Test
  void aSecond401EndsTheCallWithoutAnyFurtherRequest() {
    airbyte.enqueueApi(
        problem(401, "Unauthorized", "token expired"),
        problem(401, "Unauthorized", "application disabled"));
    try (AirbyteClient client = clientCredentialsClient()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOfSatisfying(
              AirbyteAuthenticationException.class,
              e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.method()).contains("GET");
                assertThat(e.path()).contains("/v1/sources/" + SOURCE);
                assertThat(e.problem().flatMap(AirbyteProblem::detail))
                    .contains("application disabled");
                assertThat(e.getMessage())
                    .contains("GET /v1/sources/" + SOURCE)
                    .contains("application disabled");
              });
    }

    assertThat(airbyte.apiRequests).hasValue(2);
    assertThat(airbyte.tokenRequests).hasValue(2);
  }

  @Test
  void aStaticBearerTokenFailsAtTheFirst401() {
    airbyte.enqueueApi(problem(401, "Unauthorized", "expired"));
    try (AirbyteClient client = builder().bearerToken("static-token-value").build()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteAuthenticationException.class)
          .hasMessageNotContaining("static-token-value");
    }

    assertThat(airbyte.apiRequests).hasValue(1);
    assertThat(airbyte.tokenRequests).hasValue(0);
  }

  @Test
  void basicAuthFailsAtTheFirst401() {
    airbyte.enqueueApi(problem(401, "Unauthorized", "bad password"));
    try (AirbyteClient client = builder().basicAuth("airbyte", "basic-password").build()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteAuthenticationException.class);
    }

    assertThat(airbyte.apiRequests).hasValue(1);
    assertThat(airbyte.apiRequestsSeen().get(0).getHeaders().get("Authorization"))
        .isEqualTo("Basic YWlyYnl0ZTpiYXNpYy1wYXNzd29yZA==");
  }

  @Test
  void a403IsNeverRetried() {
    airbyte.enqueueApi(problem(403, "Forbidden", "no access to workspace"));
    try (AirbyteClient client = clientCredentialsClient()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteForbiddenException.class)
          .hasMessageContaining("no access to workspace");
    }

    assertThat(airbyte.apiRequests).hasValue(1);
    assertThat(airbyte.tokenRequests).hasValue(1);
  }

  @Test
  void aRenewingTokenProviderIsToldWhichTokenWasRejectedAndRetriedOnce() {
    AtomicInteger version = new AtomicInteger(1);
    List<String> invalidated = new java.util.concurrent.CopyOnWriteArrayList<>();
    TokenProvider provider =
        new TokenProvider() {
          @Override
          public String accessToken() {
            return "vault-token-" + version.get();
          }

          @Override
          public void invalidate(String rejectedToken) {
            invalidated.add(rejectedToken);
            version.incrementAndGet();
          }
        };
    airbyte.enqueueApi(problem(401, "Unauthorized", "rotated"));
    try (AirbyteClient client = builder().tokenProvider(provider).build()) {
      client.sources().getSource(SOURCE, false);
    }

    assertThat(invalidated).containsExactly("vault-token-1");
    assertThat(airbyte.apiRequestsSeen().get(1).getHeaders().values("Authorization"))
        .containsExactly("Bearer vault-token-2");
  }

  @Test
  void aTokenProviderThatReturnsTheRejectedTokenAgainIsNotRetried() {
    airbyte.enqueueApi(problem(401, "Unauthorized", "rejected"));
    try (AirbyteClient client = builder().tokenProvider(() -> "same-token-value").build()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteAuthenticationException.class);
    }

    assertThat(airbyte.apiRequests).hasValue(1);
  }

  @Test
  void theOneAuthRetryDoesNotCountAgainstMaxRetries() {
    airbyte.enqueueApi(json(503, "{}"), problem(401, "Unauthorized", "expired"));
    try (AirbyteClient client =
        builder().clientCredentials("id", "secret-value").maxRetries(1).build()) {
      assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    }

    assertThat(airbyte.apiRequests).hasValue(3);
  }

  @Test
  void aFailingTokenProviderBecomesAnAuthenticationException() {
    try (AirbyteClient client =
        builder()
            .tokenProvider(
                () -> {
                  throw new IllegalStateException("vault sealed");
                })
            .build()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteAuthenticationException.class)
          .hasMessageContaining("token provider")
          .hasCauseInstanceOf(IllegalStateException.class);
    }
    assertThat(airbyte.apiRequests).hasValue(0);
  }
}
