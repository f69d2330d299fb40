package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.problem;
import static io.github.airbytejava.client.testing.FakeAirbyte.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.client.testing.RecordingSleeper;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer otherOrigin = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private AirbyteClient client;

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
    client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .bearerToken("test-token-value")
            .maxRetries(0)
            .sleeper(new RecordingSleeper())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, AirbyteBadRequestException.class),
        Arguments.of(401, AirbyteAuthenticationException.class),
        Arguments.of(403, AirbyteForbiddenException.class),
        Arguments.of(404, AirbyteNotFoundException.class),
        Arguments.of(409, AirbyteConflictException.class),
        Arguments.of(422, AirbyteUnprocessableEntityException.class),
        Arguments.of(429, AirbyteRateLimitException.class),
        Arguments.of(500, AirbyteServerException.class),
        Arguments.of(503, AirbyteServerException.class),
        Arguments.of(418, AirbyteApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusBecomesItsExceptionWithRequestAndProblem(
      int status, Class<? extends AirbyteApiException> type) {
    airbyte.enqueueApi(problem(status, "Some Title", "what went wrong"));

    assertThatThrownBy(() -> client.sources().listSources(List.of(SOURCE), false, 20, 40))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(
            AirbyteApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.method()).contains("GET");
              assertThat(e.path()).contains("/v1/sources");
              assertThat(e.problem())
                  .hasValueSatisfying(
                      p -> {
                        assertThat(p.title()).contains("Some Title");
                        assertThat(p.detail()).contains("what went wrong");
                        assertThat(p.status()).contains(status);
                        assertThat(p.type())
                            .contains("https://reference.airbyte.com/reference/errors");
                      });
              assertThat(e.bodyExcerpt()).isEmpty();
              assertThat(e.getMessage())
                  .startsWith("GET /v1/sources failed with " + status)
                  .contains("what went wrong")
                  .doesNotContain(SOURCE.toString())
                  .doesNotContain("offset");
            });
  }

  @Test
  void exceptionsSurviveJavaSerializationWithTheirDetails() throws Exception {
    airbyte.enqueueApi(problem(404, "Not Found", "no such source"));
    AirbyteApiException thrown =
        (AirbyteApiException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> client.sources().getSource(SOURCE, false));

    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      AirbyteApiException copy = (AirbyteApiException) in.readObject();
      assertThat(copy).isInstanceOf(AirbyteNotFoundException.class).hasMessage(thrown.getMessage());
      assertThat(copy.status()).isEqualTo(404);
      assertThat(copy.problem().flatMap(AirbyteProblem::detail)).contains("no such source");
    }
  }

  @Test
  void aBodyThatIsNotAProblemIsKeptAsABoundedExcerpt() {
    String page = "<html>" + "x".repeat(5000) + "</html>";
    airbyte.enqueueApi(response(502, "text/html", page));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOfSatisfying(
            AirbyteServerException.class,
            e -> {
              assertThat(e.problem()).isEmpty();
              assertThat(e.bodyExcerpt())
                  .hasValueSatisfying(
                      b -> assertThat(b).startsWith("<html>xxx").hasSizeLessThan(1100));
              assertThat(e.getMessage()).hasSizeLessThan(400);
            });
  }

  @Test
  void anHtmlPageWithStatus200IsADecodeErrorNamingOperationStatusAndContentType() {
    airbyte.enqueueApi(
        response(200, "text/html; charset=utf-8", "<!doctype html><html>Airbyte</html>"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("SourcesApi#getSource")
        .hasMessageContaining("status 200")
        .hasMessageContaining("text/html")
        .hasMessageContaining("base URL")
        .satisfies(
            e ->
                assertThat(((AirbyteApiException) e).details().contentType())
                    .contains("text/html; charset=utf-8"));
  }

  @Test
  void malformedJsonIsADecodeErrorWithTheJacksonCauseAttached() {
    airbyte.enqueueApi(json(200, "{\"sourceId\": \"" + SOURCE + "\", \"name\": "));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("SourcesApi#getSource")
        .hasMessageContaining("application/json")
        .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }

  @Test
  void aJsonNestingBombIsADecodeErrorNotAStackOverflow() {
    String bomb = "{\"configuration\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    airbyte.enqueueApi(json(200, bomb));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void nestingUpToTheLimitStillDecodes() {
    String deep = "{\"configuration\":" + "[".repeat(150) + "]".repeat(150) + ",\"name\":\"deep\"}";
    airbyte.enqueueApi(json(200, deep));

    assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("deep");
  }

  @Test
  void aRedirectIsNotFollowedSoCredentialsNeverReachAnotherOrigin() {
    otherOrigin.enqueue(json(200, FakeAirbyte.SOURCE_JSON));
    String target = otherOrigin.url("/v1/sources/" + SOURCE).toString();
    airbyte.enqueueApi(
        new MockResponse.Builder().code(302).addHeader("Location", target + "?token=abc").build());

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOfSatisfying(
            AirbyteApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(302);
              assertThat(e.getMessage())
                  .contains("does not follow redirects")
                  .contains(target)
                  .doesNotContain("token=abc");
            });
    assertThat(otherOrigin.getRequestCount()).isZero();
  }

  @Test
  void aRefusedConnectionIsATransportErrorThatSaysWhatToCheck() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (AirbyteClient nowhere =
        AirbyteClient.builder()
            .baseUrl("http://127.0.0.1:" + closedPort + "/v1")
            .bearerToken("test-token-value")
            .maxRetries(0)
            .connectTimeout(Duration.ofSeconds(2))
            .build()) {
      assertThatThrownBy(() -> nowhere.sources().getSource(SOURCE, false))
          .isInstanceOfSatisfying(
              AirbyteTransportException.class,
              e -> {
                assertThat(e.status()).isZero();
                assertThat(e.getMessage())
                    .contains("GET /v1/sources/")
                    .contains("127.0.0.1:" + closedPort)
                    .contains("base URL");
              });
    }
  }

  @Test
  void aNullRequiredArgumentIsRejectedBeforeFeignTurnsItIntoAnotherCall() {
    assertThatThrownBy(() -> client.sources().getSource(null, false))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("SourcesApi#getSource requires 'sourceId'");
    assertThat(airbyte.apiRequests).hasValue(0);
  }

  @Test
  void aNullOptionalArgumentIsLeftOut() {
    client.sources().getSource(SOURCE, (Boolean) null);

    assertThat(airbyte.apiRequestsSeen().get(0).getTarget()).isEqualTo("/v1/sources/" + SOURCE);
  }

  @Test
  void exceptionMessagesAndDetailsNeverContainTheToken() {
    airbyte.enqueueApi(problem(400, "Bad Request", "header was Bearer test-token-value"));

    assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
        .isInstanceOfSatisfying(
            AirbyteApiException.class,
            e -> {
              assertThat(e.getMessage()).doesNotContain("test-token-value");
              assertThat(e.details().toString()).doesNotContain("test-token-value");
            });
  }
}
