package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.AirbyteTransportException;
import io.github.airbytejava.client.internal.BaseUrl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import okhttp3.HttpUrl;

/**
 * Base URLs from arbitrary and hostile strings: each is refused with {@link
 * AirbyteConfigurationException}, or names one host unambiguously and sends requests there only.
 *
 * <p>"Unambiguously" is checked against a second, independent parser: OkHttp's, which reads URLs
 * the way browsers do (WHATWG). Where the two would disagree about the host (backslashes, stray
 * {@code @}), the client must refuse the URL. The end-to-end property then calls through every
 * accepted hostile URL, with two live loopback servers named in the string (one as the host, one
 * hidden in user info, path or suffix), and checks that only the server the URL names hears from
 * the client. Each try's wall time is bounded.
 */
class BaseUrlHostPropertiesTest {

  private static final Duration TRY_LIMIT = Duration.ofSeconds(10);

  private static ScriptedServer good;
  private static ScriptedServer evil;

  @BeforeContainer
  static void startServers() throws IOException {
    good = new ScriptedServer(InetAddress.getByName("127.0.0.1"), Rig.ISSUED_TOKEN_PREFIX);
    evil = new ScriptedServer(evilAddress(), Rig.ISSUED_TOKEN_PREFIX);
  }

  /** Another loopback address if the machine has it (Linux does), else the same one. */
  private static InetAddress evilAddress() throws IOException {
    InetAddress other = InetAddress.getByName("127.0.0.2");
    try (ServerSocket probe = new ServerSocket(0, 1, other)) {
      return probe.getInetAddress();
    } catch (IOException unavailable) {
      return InetAddress.getByName("127.0.0.1");
    }
  }

  @AfterContainer
  static void stopServers() throws IOException {
    good.close();
    evil.close();
  }

  @Property(tries = 600)
  void anyStringIsRefusedWithOurExceptionOrNamesTheSameHostToBothParsers(
      @ForAll("anyStrings") String raw) {
    assertTimeoutPreemptively(TRY_LIMIT, () -> checkHostAgreement(raw));
  }

  @Property(tries = 300)
  void aHostileUrlIsRefusedOrNamesTheSameHostToBothParsers(@ForAll("hostileUrls") String raw) {
    boolean accepted = assertTimeoutPreemptively(TRY_LIMIT, () -> checkHostAgreement(raw));
    Statistics.collect(accepted ? "accepted" : "refused");
    // Both kinds must occur, or the property says nothing about one of them.
    Statistics.coverage(
        coverage -> {
          coverage.check("accepted").count(n -> n >= 10);
          coverage.check("refused").count(n -> n >= 10);
        });
  }

  @Property(tries = 60, maxDiscardRatio = 50)
  void aRequestThroughAnAcceptedHostileUrlNeverReachesTheHostHiddenInIt(
      @ForAll("acceptedHostileUrls") String raw) {
    assertTimeoutPreemptively(TRY_LIMIT, () -> callThrough(raw));
  }

  /** Whether the URL was accepted; if it was, both parsers name the same host and port. */
  private static boolean checkHostAgreement(String raw) {
    URI accepted;
    try {
      // What AirbyteClient.Builder#baseUrl uses; no client is built, so no HTTP client per try.
      accepted = URI.create(BaseUrl.of(raw).toString());
    } catch (AirbyteConfigurationException refused) {
      return false;
    }
    HttpUrl browserView = HttpUrl.parse(raw.strip());
    assertThat(browserView).as("a URL browsers cannot read was accepted: %s", raw).isNotNull();
    assertThat(unbracketed(browserView.host())).as(raw).isEqualTo(unbracketed(accepted.getHost()));
    assertThat(browserView.port()).as(raw).isEqualTo(effectivePort(accepted));
    return true;
  }

  /**
   * Calls through {@code raw}; only the server the URL names (as both parsers read it) may receive
   * the request, and any transport failure names that origin.
   */
  private static void callThrough(String raw) {
    AirbyteClient client;
    try {
      client =
          AirbyteClient.builder()
              .baseUrl(raw)
              .bearerToken("t0ken-value")
              .maxRetries(0)
              .connectTimeout(Duration.ofMillis(500))
              .readTimeout(Duration.ofMillis(500))
              .build();
    } catch (AirbyteConfigurationException refused) {
      return;
    }
    URI named = URI.create(client.baseUrl());
    String namedHostPort =
        (named.getHost().equals("localhost") ? "127.0.0.1" : named.getHost())
            + ":"
            + effectivePort(named);
    int goodBefore = good.requestLines.size();
    int evilBefore = evil.requestLines.size();
    try (client) {
      client.sources().getSource(Rig.ID, false);
    } catch (AirbyteTransportException e) {
      assertThat(e.getMessage()).as(raw).contains("://" + named.getHost());
    } catch (AirbyteApiException e) {
      // an answer from the server the URL names, to a path it does not serve: fine
    }
    for (ScriptedServer server : new ScriptedServer[] {good, evil}) {
      int before = server == good ? goodBefore : evilBefore;
      if (!server.hostPort().equals(namedHostPort)) {
        assertThat(server.requestLines.size())
            .as("requests to %s through %s, which names %s", server.hostPort(), raw, namedHostPort)
            .isEqualTo(before);
      }
    }
  }

  private static int effectivePort(URI uri) {
    return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
  }

  private static String unbracketed(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("[") && lower.endsWith("]")
        ? lower.substring(1, lower.length() - 1)
        : lower;
  }

  @Provide
  Arbitrary<String> anyStrings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars("htps:/\\@#?%.:[]1270v").ofMaxLength(40),
        hostileUrls());
  }

  /**
   * The hostile URLs the client accepts, which reach the network. Plain http only: the loopback
   * servers speak no TLS, and an https URL names its host the same way.
   */
  @Provide
  Arbitrary<String> acceptedHostileUrls() {
    return hostileUrls()
        .filter(raw -> !raw.regionMatches(true, 0, "https", 0, 5) && checkHostAgreement(raw));
  }

  /** URLs built to name two hosts at once: the good loopback server's, and the evil one's. */
  @Provide
  Arbitrary<String> hostileUrls() {
    String goodHostPort = "127.0.0.1:" + good.port();
    String evilHostPort = evil.hostPort();
    Arbitrary<String> scheme =
        Arbitraries.of("http://", "HTTP://", "https://", "http:/", "http:\\\\", "//", "http:///");
    Arbitrary<String> before =
        Arbitraries.of(
            "",
            evilHostPort + "@",
            "user:pw@",
            evilHostPort + "%40",
            "@",
            evilHostPort + "#@",
            evilHostPort + "\\@",
            evilHostPort + "?@",
            evilHostPort + "/",
            "%31%32%37.0.0.2@");
    Arbitrary<String> host = Arbitraries.of(goodHostPort, "localhost:" + good.port(), "[::1]:1");
    Arbitrary<String> path =
        Arbitraries.of(
            "/v1",
            "",
            "/v1/../..",
            "/v1%2F..%2F",
            "/v1/@" + evilHostPort,
            "/v1\\@" + evilHostPort,
            "/v1#@" + evilHostPort,
            "/v1?x=@" + evilHostPort,
            "/v1/%2e%2e/" + evilHostPort,
            "/v1/ /x",
            "/v1/\u0000",
            "/v1/\r\nHost: " + evilHostPort,
            "/v1/{evil}",
            "/v1;" + evilHostPort,
            "//" + evilHostPort + "/v1");
    Arbitrary<String> after =
        Arbitraries.of("", "/", "#", "?", "@" + evilHostPort, "\\", " ", ":" + evil.port());
    return Combinators.combine(scheme, before, host, path, after)
        .as((s, b, h, p, a) -> s + b + h + p + a);
  }
}
