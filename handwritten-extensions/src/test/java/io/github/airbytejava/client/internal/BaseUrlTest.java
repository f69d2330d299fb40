package io.github.airbytejava.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.AirbyteConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://api.airbyte.com/v1                   | https://api.airbyte.com/v1",
        "'  https://api.airbyte.com/v1/  '            | https://api.airbyte.com/v1",
        "HTTPS://API.Airbyte.com:443//v1//            | https://api.airbyte.com/v1",
        "http://localhost:8000/api/public/v1          | http://localhost:8000/api/public/v1",
        "http://localhost:80/api/public/v1            | http://localhost/api/public/v1",
        "https://gateway.example.com/airbyte/v1/      | https://gateway.example.com/airbyte/v1",
        "https://gateway.example.com/a/./b/../v1      | https://gateway.example.com/a/v1",
        "https://gateway.example.com                  | https://gateway.example.com",
        "http://[::1]:8080/v1                         | http://[::1]:8080/v1",
      })
  void normalisesWhatItAccepts(String raw, String expected) {
    assertThat(BaseUrl.of(raw)).hasToString(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://airbyte.example.com                  | https://airbyte.example.com/api/public/v1",
        "https://airbyte.example.com/                 | https://airbyte.example.com/api/public/v1",
        "https://airbyte.example.com/api/public/v1    | https://airbyte.example.com/api/public/v1",
        "https://airbyte.example.com/api/public/v1/// | https://airbyte.example.com/api/public/v1",
        "https://example.com/airbyte                  | https://example.com/airbyte/api/public/v1",
        "http://localhost:8000                        | http://localhost:8000/api/public/v1",
      })
  void selfManagedAppendsThePublicApiPathOnce(String webUrl, String expected) {
    assertThat(BaseUrl.selfManaged(webUrl)).hasToString(expected);
  }

  @Test
  void theTokenUrlKeepsTheBasePath() {
    assertThat(BaseUrl.of("https://api.airbyte.com/v1/").tokenUrl())
        .isEqualTo("https://api.airbyte.com/v1/applications/token");
    assertThat(BaseUrl.selfManaged("https://airbyte.example.com").tokenUrl())
        .isEqualTo("https://airbyte.example.com/api/public/v1/applications/token");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "api.airbyte.com/v1                               | does not start with http:// or https://   | 'https://api.airbyte.com/v1'",
        "localhost:8000/api/public/v1                     | does not start with http:// or https://   | 'https://localhost:8000/api/public/v1'",
        "ftp://airbyte.example.com/v1                     | uses the scheme 'ftp'                     | use http:// or https://",
        "https://airbyte.example.com/v1?workspace=1       | has a query                               | remove it",
        "https://airbyte.example.com/v1#top               | has a fragment                            | remove it",
        "https:///v1                                      | has no host                               | write a host name",
        "http://:8000/v1                                  | has no host                               | write a host name",
        "https://air byte.example.com/v1                  | contains whitespace                       | remove it",
        "https://api.airbyte.com                          | lacks Airbyte Cloud's API path            | use cloud()",
        "https://cloud.airbyte.com/workspaces             | web app, not its API                      | use cloud()",
        "https://airbyte.example.com/api/v1               | deprecated Configuration API              | /api/public/v1",
        "''                                               | is empty                                  | cloud()",
      })
  void rejectsWithAMessageThatSaysHowToFixIt(String raw, String problem, String fix) {
    assertThatThrownBy(() -> BaseUrl.of(raw))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining(fix);
  }

  @Test
  void rejectsUserInfoWithoutRepeatingThePassword() {
    assertThatThrownBy(
            () -> BaseUrl.of("https://admin:hunter2-password@airbyte.example.com/api/public/v1"))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("user info")
        .hasMessageContaining("basicAuth")
        .hasMessageContaining("https://***@airbyte.example.com")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> BaseUrl.of(null))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("null");
  }

  @Test
  void selfManagedRejectsAnApiUrlWithAnOperationPath() {
    assertThatThrownBy(
            () -> BaseUrl.selfManaged("https://airbyte.example.com/api/public/v1/sources"))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("pass the web URL");
  }

  @Test
  void selfManagedRejectsCloud() {
    assertThatThrownBy(() -> BaseUrl.selfManaged("https://api.airbyte.com/v1"))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("use cloud()");
  }

  @Test
  void sameOriginComparesSchemeHostAndEffectivePort() {
    BaseUrl base = BaseUrl.of("https://api.airbyte.com/v1");
    assertThat(base.isSameOrigin("https://API.airbyte.com:443/v1/sources?offset=100")).isTrue();
    assertThat(base.isSameOrigin("http://api.airbyte.com/v1/sources")).isFalse();
    assertThat(base.isSameOrigin("https://api.airbyte.com:8443/v1/sources")).isFalse();
    assertThat(base.isSameOrigin("https://evil.example.com/v1/sources")).isFalse();
    assertThat(base.isSameOrigin("/v1/sources")).isFalse();
  }
}
