package io.github.airbytejava.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.generated.api.ConnectionsApi;
import io.github.airbytejava.generated.api.DeclarativeSourceDefinitionsApi;
import io.github.airbytejava.generated.api.JobsApi;
import io.github.airbytejava.generated.api.SourcesApi;
import io.github.airbytejava.generated.invoker.ApiClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AirbyteClientBuilderTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private static AirbyteClient.Builder withToken() {
    return AirbyteClient.builder().bearerToken("token-value");
  }

  @Test
  void cloudSelfManagedAndBaseUrlGiveTheDocumentedUrls() {
    try (AirbyteClient cloud = withToken().cloud().build();
        AirbyteClient local = withToken().selfManaged().build();
        AirbyteClient web = withToken().selfManaged("https://airbyte.example.com/").build();
        AirbyteClient gateway =
            withToken().baseUrl(" https://gateway.example.com/airbyte/v1/ ").build()) {
      assertThat(cloud.baseUrl()).isEqualTo("https://api.airbyte.com/v1");
      assertThat(local.baseUrl()).isEqualTo("http://localhost:8000/api/public/v1");
      assertThat(web.baseUrl()).isEqualTo("https://airbyte.example.com/api/public/v1");
      assertThat(gateway.baseUrl()).isEqualTo("https://gateway.example.com/airbyte/v1");
    }
  }

  @Test
  void buildWithoutABaseUrlSaysWhichMethodsChooseOne() {
    assertThatThrownBy(() -> withToken().build())
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("cloud()")
        .hasMessageContaining("baseUrl(url)");
  }

  @Test
  void buildWithoutCredentialsSaysWhichMethodsSetThem() {
    assertThatThrownBy(() -> AirbyteClient.builder().cloud().build())
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("clientCredentials(id, secret)");
  }

  @Test
  void blankClientSecretIsRejectedNamingTheClientIdButNoSecret() {
    assertThatThrownBy(() -> AirbyteClient.builder().clientCredentials("my-id", " "))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("client secret")
        .hasMessageContaining("my-id")
        .hasMessageContaining("AIRBYTE_CLIENT_SECRET");
  }

  @Test
  void bearerTokenWithItsPrefixIsRejected() {
    assertThatThrownBy(() -> AirbyteClient.builder().bearerToken("Bearer abc.def"))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("pass the token alone")
        .hasMessageNotContaining("abc.def");
  }

  @Test
  void basicAuthUserWithAColonIsRejected() {
    assertThatThrownBy(() -> AirbyteClient.builder().basicAuth("a:b", "pw"))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("':'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10})
  void acceptsMaxRetriesAtTheLimits(int retries) {
    assertThatCode(() -> AirbyteClient.builder().maxRetries(retries)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void rejectsMaxRetriesOutsideTheLimits(int retries) {
    assertThatThrownBy(() -> AirbyteClient.builder().maxRetries(retries))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("0..10");
  }

  @Test
  void rejectsZeroNegativeAndNullTimeouts() {
    assertThatThrownBy(() -> AirbyteClient.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(AirbyteConfigurationException.class);
    assertThatThrownBy(() -> AirbyteClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(AirbyteConfigurationException.class);
    assertThatThrownBy(() -> AirbyteClient.builder().connectTimeout(null))
        .isInstanceOf(AirbyteConfigurationException.class);
    assertThatCode(() -> AirbyteClient.builder().readTimeout(Duration.ofMillis(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void hasOneAccessorPerGeneratedApiReturningTheSameInstanceAsApi() throws Exception {
    List<Method> accessors =
        Arrays.stream(AirbyteClient.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
            .filter(m -> ApiClient.Api.class.isAssignableFrom(m.getReturnType()))
            .toList();
    Set<Class<?>> accessorTypes =
        accessors.stream().map(Method::getReturnType).collect(Collectors.toSet());
    assertThat(accessorTypes).hasSize(23);

    try (AirbyteClient client = withToken().cloud().build()) {
      for (Method method : accessors) {
        assertThat(method.invoke(client)).isSameAs(client.api(method.getReturnType()));
      }
      assertThat(client.sources()).isSameAs(client.api(SourcesApi.class));
      assertThat(client.jobs()).isInstanceOf(JobsApi.class);
      assertThat(client.connections()).isInstanceOf(ConnectionsApi.class);
      assertThat(client.declarativeSourceDefinitions())
          .isInstanceOf(DeclarativeSourceDefinitionsApi.class);
    }
  }

  @Test
  void apiRejectsTypesThatAreNotGeneratedInterfaces() {
    try (AirbyteClient client = withToken().cloud().build()) {
      assertThatThrownBy(() -> client.api(Runnable.class))
          .isInstanceOf(AirbyteConfigurationException.class)
          .hasMessageContaining("SourcesApi.class");
    }
  }

  @Test
  void aClosedClientRefusesCallsWithoutSendingAnything() {
    server.setDispatcher(new FakeAirbyte());
    AirbyteClient client = withToken().baseUrl(FakeAirbyte.baseUrl(server)).build();
    SourcesApi sources = client.sources();
    client.close();
    client.close(); // twice is fine

    assertThatThrownBy(() -> sources.getSource(UUID.randomUUID(), false))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(client::jobs).isInstanceOf(AirbyteConfigurationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void sendsAUserAgentWithClientAndJavaVersions() throws Exception {
    server.setDispatcher(new FakeAirbyte());
    try (AirbyteClient client = withToken().baseUrl(FakeAirbyte.baseUrl(server)).build()) {
      client.sources().getSource(UUID.randomUUID(), false);
    }
    assertThat(server.takeRequest().getHeaders().values("User-Agent"))
        .containsExactly(
            "airbyte-java-client/0.1.0-SNAPSHOT Java/" + System.getProperty("java.version"));
  }

  @Test
  void toStringShowsUrlAndCredentialKindOnly() {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .cloud()
            .clientCredentials("client-42", "very-secret-value")
            .build()) {
      assertThat(client.toString())
          .contains("https://api.airbyte.com/v1")
          .contains("client credentials (client id client-42)")
          .contains("APACHE_HC5")
          .doesNotContain("very-secret-value");
    }
  }

  // --- environment ---

  @Test
  void environmentWithClientCredentialsDefaultsToCloud() {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .environment(Map.of("AIRBYTE_CLIENT_ID", "id", "AIRBYTE_CLIENT_SECRET", "secret-x"))
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.airbyte.com/v1");
      assertThat(client.toString()).contains("client credentials");
    }
  }

  @Test
  void environmentApiUrlIsUsedAsGivenAndWinsOverTheWebUrl() {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .environment(
                Map.of(
                    "AIRBYTE_API_URL", "https://gw.example.com/airbyte/v1/",
                    "AIRBYTE_URL", "https://airbyte.example.com",
                    "AIRBYTE_ACCESS_TOKEN", "token-x"))
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("https://gw.example.com/airbyte/v1");
      assertThat(client.toString()).contains("bearer token");
    }
  }

  @Test
  void environmentWebUrlGetsThePublicApiPath() {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .environment(
                Map.of(
                    "AIRBYTE_URL", "http://airbyte.internal:8000", "AIRBYTE_ACCESS_TOKEN", "t-1"))
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("http://airbyte.internal:8000/api/public/v1");
    }
  }

  @Test
  void environmentPrefersClientCredentialsOverAnAccessToken() {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .environment(
                Map.of(
                    "AIRBYTE_CLIENT_ID",
                    "id",
                    "AIRBYTE_CLIENT_SECRET",
                    "s-1",
                    "AIRBYTE_ACCESS_TOKEN",
                    "t-1"))
            .build()) {
      assertThat(client.toString()).contains("client credentials");
    }
  }

  @Test
  void environmentWithOnlyAClientIdNamesTheMissingVariable() {
    assertThatThrownBy(() -> AirbyteClient.builder().environment(Map.of("AIRBYTE_CLIENT_ID", "id")))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("AIRBYTE_CLIENT_SECRET is not");
  }

  @Test
  void environmentWithoutCredentialsListsTheVariablesToSet() {
    assertThatThrownBy(() -> AirbyteClient.builder().environment(Map.of("AIRBYTE_CLIENT_ID", " ")))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("AIRBYTE_CLIENT_ID")
        .hasMessageContaining("AIRBYTE_ACCESS_TOKEN");
  }

  @Test
  void environmentWithABadUrlNamesTheVariable() {
    assertThatThrownBy(
            () ->
                AirbyteClient.builder()
                    .environment(
                        Map.of(
                            "AIRBYTE_API_URL", "api.airbyte.com/v1", "AIRBYTE_ACCESS_TOKEN", "t")))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageStartingWith("Environment variable AIRBYTE_API_URL");
  }
}
