package io.github.airbytejava.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.AirbyteConfigurationException;
import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of base-URL normalisation over generated, messy but valid URLs. */
class BaseUrlPropertiesTest {

  @Property(tries = 500)
  void normalisingIsIdempotent(@ForAll("messyUrls") String raw) {
    BaseUrl once = BaseUrl.of(raw);
    BaseUrl twice = BaseUrl.of(once.toString());
    assertThat(twice).isEqualTo(once).hasToString(once.toString());
  }

  @Property(tries = 500)
  void theNormalisedPathHasNoEmptySegmentsAndNoTrailingSlash(@ForAll("messyUrls") String raw) {
    String path = URI.create(BaseUrl.of(raw).toString()).getRawPath();
    assertThat(path).doesNotContain("//").doesNotEndWith("/");
  }

  @Property(tries = 500)
  void theTokenUrlIsTheBaseUrlPlusTheTokenPath(@ForAll("messyUrls") String raw) {
    BaseUrl url = BaseUrl.of(raw);
    assertThat(url.tokenUrl()).isEqualTo(url + "/applications/token");
    assertThat(URI.create(url.tokenUrl()).getRawPath())
        .doesNotContain("//")
        .endsWith("/applications/token");
  }

  @Property(tries = 300)
  void selfManagedEndsInThePublicApiPathExactlyOnceOrRejectsAnOperationPath(
      @ForAll("messyUrls") String raw) {
    String webPath = URI.create(BaseUrl.of(raw).toString()).getRawPath();
    if (webPath.contains("/api/public/v1/")) {
      assertThatThrownBy(() -> BaseUrl.selfManaged(raw))
          .isInstanceOf(AirbyteConfigurationException.class)
          .hasMessageContaining("web URL");
      return;
    }
    String url = BaseUrl.selfManaged(raw).toString();
    assertThat(url).endsWith("/api/public/v1");
    assertThat(url.indexOf("/api/public/v1")).isEqualTo(url.lastIndexOf("/api/public/v1"));
    assertThat(BaseUrl.selfManaged(url)).hasToString(url);
  }

  @Provide
  Arbitrary<String> messyUrls() {
    Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTP", "Https");
    Arbitrary<String> host =
        Arbitraries.of(
            "localhost",
            "airbyte.example.com",
            "AIRBYTE.Example.com",
            "10.0.0.7",
            "[::1]",
            "gw-1.example.org");
    Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8000", ":8443");
    Arbitrary<String> segment =
        Arbitraries.of("v1", "v2", "api", "public", "airbyte", "a-b", "x_y", "%7Euser", ".", "");
    Arbitrary<String> slashes = Arbitraries.of("/", "//", "///");
    Arbitrary<String> path =
        Combinators.combine(slashes, segment)
            .as((s, seg) -> s + seg)
            .list()
            .ofMaxSize(6)
            .map(parts -> String.join("", parts));
    Arbitrary<String> trailing = Arbitraries.of("", "/", "//", "/./");
    Arbitrary<String> padding = Arbitraries.of("", " ", "\t", "  \n");
    return Combinators.combine(padding, scheme, host, port, path, trailing, padding)
        .as((lead, s, h, p, pa, t, tail) -> lead + s + "://" + h + p + pa + t + tail)
        .filter(url -> !endsInConfigurationApi(url));
  }

  /** URLs of the deprecated Configuration API are rejected by design; leave them out here. */
  private static boolean endsInConfigurationApi(String url) {
    String collapsed = url.strip();
    String previous;
    do {
      previous = collapsed;
      collapsed = collapsed.replace("/./", "/").replace("//", "/");
    } while (!collapsed.equals(previous));
    return collapsed.matches(".*/api/v1/?(\\.)?$");
  }
}
