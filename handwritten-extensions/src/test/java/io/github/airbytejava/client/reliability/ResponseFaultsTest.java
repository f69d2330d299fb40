package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteDecodeException;
import io.github.airbytejava.client.AirbyteServerException;
import io.github.airbytejava.client.internal.BoundedBodyClient;
import io.github.airbytejava.generated.model.SourceResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses that arrive but are wrong: empty, cut short, HTML from a proxy, mislabelled,
 * redirected, huge or nested without end. Each ends as stated within a bounded time, and nothing
 * that cannot succeed is retried.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResponseFaultsTest {

  private final Rig rig = Rig.defaults();

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  @Test
  void anEmpty200BodyIsADecodeErrorRatherThanANullSource() throws Exception {
    Faults.emptyBody(rig);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("SourcesApi#getSource")
        .hasMessageContaining("the body is empty");
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void aTruncatedJsonBodyIsADecodeErrorAndNotRetried() throws Exception {
    Faults.truncatedJson(rig);

    assertThat(rig.last().failure()).isInstanceOf(AirbyteDecodeException.class);
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void aProxyHtmlPageWithStatus200IsADecodeErrorNamingTheContentType() throws Exception {
    Faults.proxyPage(rig, 200, false);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("expected JSON but got text/html")
        .hasMessageContaining("check the base URL");
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void aProxyHtmlPageWithStatus502IsAServerErrorWithAnExcerptAfterTheGetsRetries()
      throws Exception {
    Faults.proxyPage(rig, 502, false);

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOfSatisfying(
            AirbyteServerException.class,
            e ->
                assertThat(e.bodyExcerpt())
                    .hasValueSatisfying(b -> assertThat(b).contains("nginx")))
        .hasMessageContaining("502 Bad Gateway");
    assertThat(outcome.apiRequests()).isEqualTo(3);
  }

  @Test
  void aProxyHtmlPageWithStatus502EndsAPostAtOnce() throws Exception {
    Faults.proxyPage(rig, 502, true);

    assertThat(rig.last().failure()).isInstanceOf(AirbyteServerException.class);
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void htmlLabelledAsJsonIsADecodeErrorNamingTheDeclaredType() throws Exception {
    Faults.mislabeled(rig, "application/json", Faults.PROXY_PAGE);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("Content-Type application/json");
  }

  @Test
  void textBeyondAsciiIsDecodedIntactFromTheUtf8Bytes() throws Exception {
    String name = "Donn\u00e9es \u6771\u4eac \u2713 \ud83d\ude80 \\\"quoted\\\"";
    String decodedName = "Donn\u00e9es \u6771\u4eac \u2713 \ud83d\ude80 \"quoted\"";
    Faults.mislabeled(
        rig,
        "application/json",
        Faults.SOURCE_JSON.replace("\"name\":\"pg\"", "\"name\":\"" + name + "\""));

    assertThat(rig.last().failure()).isNull();
    assertThat(((SourceResponse) rig.last().value()).getName()).isEqualTo(decodedName);
  }

  @Test
  void jsonLabelledAsTextIsRefusedBecauseTheLabelIsWhatAProxySets() throws Exception {
    Faults.mislabeled(rig, "text/plain", Faults.SOURCE_JSON);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("expected JSON but got text/plain");
  }

  @Test
  void jsonLabelledWithACharsetAndVendorTypeIsDecoded() throws Exception {
    Faults.mislabeled(rig, "application/problem+json; charset=utf-8", Faults.SOURCE_JSON);

    assertThat(rig.last().failure()).isNull();
  }

  @Test
  void aRedirectToAnotherOriginIsNotFollowedAndNamesItsTarget() throws Exception {
    Faults.redirect(rig, true);

    assertThat(rig.last().failure())
        .isInstanceOfSatisfying(
            AirbyteApiException.class, e -> assertThat(e.status()).isEqualTo(302))
        .hasMessageContaining("redirects to http://localhost:")
        .hasMessageContaining("use it as the base URL");
    assertThat(rig.last().apiRequests()).as("nothing reaches the other origin").isEqualTo(1);
  }

  @Test
  void aRedirectLoopCostsOneRequest() throws Exception {
    Faults.redirect(rig, false);

    assertThat(rig.last().failure()).isInstanceOf(AirbyteApiException.class);
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void aTenMegabyteBodyIsDecoded() throws Exception {
    Faults.largeBody(rig, Faults.TEN_MEGABYTES);

    Outcome outcome = rig.last();
    assertThat(outcome.failure()).isNull();
    assertThat(((SourceResponse) outcome.value()).getName()).hasSizeGreaterThan(10_000_000);
  }

  @ParameterizedTest(name = "chunked: {0}")
  @ValueSource(booleans = {false, true})
  void aBodyOfExactlyTheSizeLimitIsDecoded(boolean chunked) throws Exception {
    Faults.paddedBody(rig, BoundedBodyClient.MAX_BODY_BYTES, chunked);

    assertThat(rig.last().failure()).isNull();
  }

  @Test
  void aBodyDeclaringOneByteOverTheSizeLimitIsRefusedAndNotRetried() throws Exception {
    Faults.paddedBody(rig, BoundedBodyClient.MAX_BODY_BYTES + 1, false);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("declares 33554433 bytes");
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void aChunkedBodyOneByteOverTheSizeLimitIsRefusedAndNotRetried() throws Exception {
    Faults.paddedBody(rig, BoundedBodyClient.MAX_BODY_BYTES + 1, true);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("goes on beyond 33554432 bytes");
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  // An endless body can only end this test if the client stops reading: its memory is bounded.
  @Test
  void anEndlessBodyIsRefusedAtTheSizeLimit() throws Exception {
    Faults.endlessBody(rig);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("the client reads at most 32 MiB");
    assertThat(rig.last().elapsed()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
    Faults.hugeDeclaredLength(rig);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("declares 10737418240 bytes");
    assertThat(rig.last().elapsed()).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void nestingToTheDepthLimitIsDecoded() throws Exception {
    Faults.nested(rig, 200);

    assertThat(rig.last().failure()).isNull();
  }

  @Test
  void nestingOneLevelBeyondTheLimitIsADecodeError() throws Exception {
    Faults.nested(rig, 201);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void aNestingBombIsADecodeErrorInsteadOfAStackOverflow() throws Exception {
    Faults.nested(rig, 100_000);

    assertThat(rig.last().failure())
        .isInstanceOf(AirbyteDecodeException.class)
        .hasMessageContaining("nesting depth");
    assertThat(rig.last().elapsed()).isLessThan(Duration.ofSeconds(2));
  }
}
