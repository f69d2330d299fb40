package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens by client credentials, their expiry, the 401 for every way of getting a token wrong, and
 * the token endpoint's 400 for wrong client credentials.
 */
class AuthenticationTest {
  private static final Duration LIFETIME = Duration.ofSeconds(5);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  /** On an instance field: each test gets its own stand-in, on its own clock. */
  @RegisterExtension
  final AirbyteStandInExtension extension =
      AirbyteStandInExtension.using(AirbyteStandIn.builder().tokenLifetime(LIFETIME).clock(clock));

  private AirbyteStandIn standIn;
  private TestHttp http;

  @BeforeEach
  void connect() {
    standIn = extension.standIn();
    http = new TestHttp(standIn);
  }

  @Test
  void issuesABearerTokenThatExpiresAfterTheConfiguredLifetime() {
    Exchange token = http.tokenRequest(standIn.clientId(), standIn.clientSecret());

    assertThat(token.status()).isEqualTo(200);
    assertThat(token.json().get("token_type").asText()).isEqualTo("Bearer");
    assertThat(token.json().get("expires_in").asLong()).isEqualTo(5);
    assertThat(token.json().get("access_token").asText()).isNotBlank();
    assertThat(SpecCheck.validate(token).hasErrors()).isFalse();
    assertThat(standIn.tokenRequests()).isEqualTo(1);
  }

  @Test
  void aTokenWorksUntilItExpiresThenGets401() {
    http.login();
    clock.advance(LIFETIME.minusMillis(1));
    assertThat(http.get("/workspaces").status()).isEqualTo(200);

    clock.advance(Duration.ofMillis(1));
    Exchange expired = http.get("/workspaces");

    assertThat(expired.status()).isEqualTo(401);
    assertUnauthorizedProblem(expired);
    assertThat(expired.json().get("detail").asText()).contains("expired");
  }

  @Test
  void aFreshTokenWorksAfterTheOldOneExpired() {
    http.login();
    clock.advance(LIFETIME.plusSeconds(1));
    assertThat(http.get("/workspaces").status()).isEqualTo(401);

    http.login();

    assertThat(http.get("/workspaces").status()).isEqualTo(200);
    assertThat(standIn.tokenRequests()).isEqualTo(2);
  }

  @Test
  void aWrongTokenGets401() {
    Exchange exchange = http.send("GET", "/workspaces", null, null, "Bearer not-a-token");

    assertThat(exchange.status()).isEqualTo(401);
    assertUnauthorizedProblem(exchange);
  }

  @Test
  void noTokenGets401() {
    Exchange exchange = http.send("GET", "/sources", null, null, null);

    assertThat(exchange.status()).isEqualTo(401);
    assertUnauthorizedProblem(exchange);
  }

  @Test
  void basicAuthWithAnApplicationsCredentialsIsAccepted() {
    String right = basic(standIn.clientId() + ":" + standIn.clientSecret());
    String wrong = basic(standIn.clientId() + ":nope");

    assertThat(http.send("GET", "/sources", null, null, right).status()).isEqualTo(200);
    Exchange refused = http.send("GET", "/sources", null, null, wrong);
    assertThat(refused.status()).isEqualTo(401);
    assertUnauthorizedProblem(refused);
    assertThat(http.send("GET", "/sources", null, null, "Basic not-base64!").status())
        .isEqualTo(401);
  }

  @Test
  void aWrongClientSecretGets400AsJsonAndNoToken() {
    String wrongSecret = "not-the-secret-7f3a";
    Exchange exchange = http.tokenRequest(standIn.clientId(), wrongSecret);

    // The token endpoint declares 400 and 403, not 401; Airbyte answers wrong credentials with a
    // 400 and a JSON body.
    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.contentType()).isEqualTo("application/json");
    assertThat(exchange.json().get("title").asText()).isEqualTo("invalid-api-key");
    assertThat(exchange.json().get("status").asInt()).isEqualTo(400);
    assertThat(exchange.json().get("detail").asText()).contains("client secret");
    assertThat(exchange.responseHeaders().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(exchange.body()).doesNotContain(standIn.clientSecret()).doesNotContain(wrongSecret);
    SpecCheck.assertConforms(exchange);
    assertThat(standIn.tokenRequests()).isEqualTo(1);
  }

  @Test
  void anUnknownClientIdGetsTheSame400AsAWrongSecret() {
    Exchange unknown = http.tokenRequest("no-such-client", standIn.clientSecret());
    Exchange wrongSecret = http.tokenRequest(standIn.clientId(), "wrong");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail")).isEqualTo(wrongSecret.json().get("detail"));
  }

  @Test
  void aTokenRequestWithoutGrantTypeBreaksTheSpecAndGets400() {
    Exchange exchange =
        http.send(
            "POST",
            "/applications/token",
            "{\"client_id\":\""
                + standIn.clientId()
                + "\",\"client_secret\":\""
                + standIn.clientSecret()
                + "\"}",
            "application/json",
            null);

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("detail").asText()).contains("grant-type");
  }

  @Test
  void acceptsTheTokenRequestAsAFormToo() {
    Exchange exchange =
        http.send(
            "POST",
            "/applications/token",
            "client_id="
                + encode(standIn.clientId())
                + "&client_secret="
                + encode(standIn.clientSecret())
                + "&grant-type=client_credentials",
            "application/x-www-form-urlencoded",
            null);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(exchange.json().get("access_token").asText()).isNotBlank();
  }

  @Test
  void anApplicationCreatedOverTheApiGetsTokensAndLosesThemWhenDeleted() {
    http.login();
    Exchange created = http.post("/applications", "{\"name\":\"deploys\"}");
    TestHttp asApplication =
        new TestHttp(
            standIn.baseUrl(),
            created.json().get("clientId").asText(),
            created.json().get("clientSecret").asText());
    asApplication.login();
    assertThat(asApplication.get("/workspaces").status()).isEqualTo(200);

    http.delete("/applications/" + created.json().get("id").asText());

    assertThat(asApplication.get("/workspaces").status()).isEqualTo(401);
    assertThat(http.get("/workspaces").status()).isEqualTo(200);
  }

  @Test
  void revokedTokensGet401() {
    http.login();

    standIn.revokeTokens();

    assertThat(http.get("/workspaces").status()).isEqualTo(401);
  }

  @Test
  void fixedCredentialsFromTheBuilderAreUsed() {
    try (AirbyteStandIn fixed =
        AirbyteStandIn.builder().clientId("my-id").clientSecret("my-secret").start()) {
      assertThat(fixed.clientId()).isEqualTo("my-id");
      assertThat(new TestHttp(fixed).tokenRequest("my-id", "my-secret").status()).isEqualTo(200);
    }
  }

  @Test
  void rootHealthAndTheTokenEndpointNeedNoToken() {
    assertThat(http.send("GET", "/health", null, null, null).status()).isEqualTo(200);
    assertThat(http.page("/").status()).isEqualTo(200);
    assertThat(http.tokenRequest(standIn.clientId(), standIn.clientSecret()).status())
        .isEqualTo(200);
  }

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    // Secrets are base64: '+', '/' and '=' must be encoded in a form.
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void assertUnauthorizedProblem(Exchange exchange) {
    assertThat(exchange.contentType()).isEqualTo("application/problem+json");
    assertThat(exchange.json().get("type").asText())
        .isEqualTo("https://reference.airbyte.com/reference/errors#invalid-api-key");
    assertThat(exchange.json().get("title").asText()).isEqualTo("invalid-api-key");
    assertThat(exchange.json().get("status").asInt()).isEqualTo(401);
    assertThat(exchange.responseHeaders().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }
}
