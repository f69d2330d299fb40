package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.internal.AuthorizationInterceptor;
import io.github.airbytejava.client.reliability.Rig.Auth;
import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant.GrantTypeEnum;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials go only where the spec asks for them: the operations it marks {@code security: []}
 * are called without an {@code Authorization} header and without fetching a token.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PublicOperationsTest {

  private final Rig rig = Rig.defaults();
  private final FakeAirbyte airbyte = new FakeAirbyte();

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  @Test
  void theClientsPublicOperationsAreExactlyThoseTheSpecMarksWithoutSecurity() {
    assertThat(AuthorizationInterceptor.PUBLIC_OPERATIONS)
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(EffectiveSpec.publicOperationIds());
  }

  @Test
  void everyPublicOperationIsAGeneratedMethodSoNoNameCanBeMisspelt() throws Exception {
    Set<String> generated =
        GeneratedTypes.apiInterfaces().stream()
            .flatMap(type -> Arrays.stream(type.getMethods()))
            .map(Method::getName)
            .collect(Collectors.toSet());

    assertThat(generated).containsAll(AuthorizationInterceptor.PUBLIC_OPERATIONS);
    assertThat(EffectiveSpec.operationIds())
        .containsAll(AuthorizationInterceptor.PUBLIC_OPERATIONS);
  }

  private static final ApplicationTokenRequestWithGrant TOKEN_REQUEST =
      new ApplicationTokenRequestWithGrant()
          .clientId("other-id")
          .clientSecret("other-secret")
          .grantType(GrantTypeEnum.CLIENT_CREDENTIALS);

  /** Calls {@code operation}; returns null, so that it can be a {@link Rig#call} callable. */
  private static Object callPublic(String operation, AirbyteClient client) {
    switch (operation) {
      case "getHealthCheck" -> client.health().getHealthCheck();
      case "getHealthCheckWithHttpInfo" -> client.health().getHealthCheckWithHttpInfo();
      case "getDocumentation" -> client.root().getDocumentation();
      case "oauthCallback" -> client.oauth().oauthCallback(Map.of("state", "s", "code", "c"));
      case "createAccessToken" -> client.applications().createAccessToken(TOKEN_REQUEST);
      default -> throw new IllegalArgumentException(operation);
    }
    return null;
  }

  // The token endpoint refuses the client's credentials: a health check must still work.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "getHealthCheck",
        "getHealthCheckWithHttpInfo",
        "getDocumentation",
        "oauthCallback"
      })
  void aPublicOperationIsSentWithoutCredentialsEvenWhenTheTokenEndpointRefusesThem(String operation)
      throws Exception {
    AirbyteClient client =
        rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte)), Auth.CLIENT_CREDENTIALS);
    airbyte.tokens(n -> FakeAirbyte.problem(401, "Unauthorized", "bad client secret"));

    Outcome outcome = rig.call(() -> callPublic(operation, client));

    assertThat(outcome.failure()).isNull();
    assertThat(outcome.tokenRequests()).as("no token fetched").isZero();
    assertThat(airbyte.requests).hasSize(1);
    assertThat(airbyte.requests.get(0).getHeaders().get("Authorization")).isNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = Auth.class,
      names = {"CLIENT_CREDENTIALS", "BEARER"})
  void theTokenOperationCalledThroughTheApiCarriesNoCredentialsAndFetchesNoToken(Auth auth)
      throws Exception {
    AirbyteClient client = rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte)), auth);

    Outcome outcome = rig.call(() -> callPublic("createAccessToken", client));

    assertThat(outcome.failure()).isNull();
    assertThat(airbyte.requests).as("the call itself, no token fetch first").hasSize(1);
    assertThat(airbyte.requests.get(0).getHeaders().get("Authorization")).isNull();
  }

  @Test
  void anOperationThatNeedsCredentialsStillFetchesAndSendsThem() throws Exception {
    AirbyteClient client =
        rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte)), Auth.CLIENT_CREDENTIALS);

    client.health().getHealthCheck();
    client.sources().getSource(Rig.ID, false);

    List<RecordedRequest> requests = airbyte.requests;
    assertThat(requests)
        .extracting(r -> r.getUrl().encodedPath())
        .containsExactly("/v1/health", "/v1/applications/token", "/v1/sources/" + Rig.ID);
    assertThat(requests.get(2).getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + Rig.ISSUED_TOKEN_PREFIX + 1);
  }

  @Test
  void anOperationThatNeedsCredentialsFailsWhenTheTokenEndpointRefusesThem() throws Exception {
    AirbyteClient client =
        rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte)), Auth.CLIENT_CREDENTIALS);
    airbyte.tokens(n -> FakeAirbyte.problem(401, "Unauthorized", "bad client secret"));

    Outcome outcome = rig.get(client);

    assertThat(outcome.failure()).isInstanceOf(AirbyteAuthenticationException.class);
    assertThat(outcome.apiRequests()).isZero();
  }
}
