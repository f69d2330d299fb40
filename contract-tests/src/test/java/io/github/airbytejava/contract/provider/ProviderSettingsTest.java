package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {

  private static final String URL = "https://airbyte.example.com/api/public/v1";

  @Test
  void withoutThePropertyOrVariablesItIsTheStandIn() {
    assertThat(ProviderSettings.from(null, Map.of()).realAirbyte()).isFalse();
    assertThat(ProviderSettings.from("stand-in", Map.of()).realAirbyte()).isFalse();
  }

  @Test
  void aProviderUrlWithoutThePropertyIsRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> ProviderSettings.from("stand-in", Map.of("AIRBYTE_PROVIDER_URL", URL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-Dcontracts.provider=airbyte");
  }

  @Test
  void thePropertyWithoutAProviderUrlIsRefusedRatherThanFallingBackToTheStandIn() {
    assertThatThrownBy(() -> ProviderSettings.from("airbyte", Map.of("AIRBYTE_ACCESS_TOKEN", "t")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AIRBYTE_PROVIDER_URL");
  }

  @Test
  void anUnknownProviderIsRefused() {
    assertThatThrownBy(() -> ProviderSettings.from("cloud", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stand-in").hasMessageContaining("airbyte");
  }

  @Test
  void aRealAirbyteNeedsCredentials() {
    assertThatThrownBy(() -> ProviderSettings.from("airbyte", Map.of("AIRBYTE_PROVIDER_URL", URL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AIRBYTE_CLIENT_ID").hasMessageContaining("AIRBYTE_ACCESS_TOKEN");
  }

  @Test
  void aClientIdWithoutItsSecretIsRefused() {
    assertThatThrownBy(() -> ProviderSettings.from("airbyte",
            Map.of("AIRBYTE_PROVIDER_URL", URL, "AIRBYTE_CLIENT_ID", "id", "AIRBYTE_ACCESS_TOKEN", "t")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AIRBYTE_CLIENT_SECRET");
  }

  @Test
  void clientCredentialsWinOverAnAccessToken() {
    ProviderSettings settings = ProviderSettings.from("airbyte", Map.of("AIRBYTE_PROVIDER_URL", URL,
        "AIRBYTE_CLIENT_ID", "id", "AIRBYTE_CLIENT_SECRET", "secret", "AIRBYTE_ACCESS_TOKEN", "token"));

    assertThat(settings.clientId()).isEqualTo("id");
    assertThat(settings.accessToken()).isNull();
  }

  @Test
  void theBaseUrlKeepsItsPathWithoutATrailingSlash() {
    ProviderSettings cloud = ProviderSettings.from("airbyte",
        Map.of("AIRBYTE_PROVIDER_URL", "https://api.airbyte.com/v1/", "AIRBYTE_ACCESS_TOKEN", "t"));

    assertThat(cloud.baseUrl()).isEqualTo("https://api.airbyte.com/v1");
    assertThat(cloud.basePath()).isEqualTo("/v1");
  }

  @Test
  void aWebUrlWithoutTheApiPathIsRefused() {
    assertThatThrownBy(() -> ProviderSettings.from("airbyte",
            Map.of("AIRBYTE_PROVIDER_URL", "https://airbyte.example.com", "AIRBYTE_ACCESS_TOKEN", "t")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/api/public/v1");
  }

  @Test
  void itsTextNeverShowsASecretOrToken() {
    ProviderSettings withSecret = ProviderSettings.from("airbyte", Map.of("AIRBYTE_PROVIDER_URL", URL,
        "AIRBYTE_CLIENT_ID", "id", "AIRBYTE_CLIENT_SECRET", "s3cr3t", "AIRBYTE_EXPIRED_ACCESS_TOKEN", "0ld"));
    ProviderSettings withToken = ProviderSettings.from("airbyte",
        Map.of("AIRBYTE_PROVIDER_URL", URL, "AIRBYTE_ACCESS_TOKEN", "t0k3n"));

    assertThat(withSecret.toString()).contains(URL).doesNotContain("s3cr3t").doesNotContain("0ld");
    assertThat(withToken.toString()).contains(URL).doesNotContain("t0k3n");
  }
}
