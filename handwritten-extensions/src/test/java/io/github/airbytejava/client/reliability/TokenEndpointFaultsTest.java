package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.github.airbytejava.client.AirbyteServerException;
import io.github.airbytejava.client.AirbyteTransportException;
import io.github.airbytejava.client.internal.CachingTokenProvider;
import io.github.airbytejava.client.testing.LogCapture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The token endpoint failing while the client holds a token, or issuing odd lifetimes. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TokenEndpointFaultsTest {

  private final Rig rig = Rig.defaults();

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  @Test
  void callsGoOnWithTheCachedTokenWhileTheEndpointIsDownUntilTheTokenExpires() throws Exception {
    Faults.tokenEndpointDown(rig);

    List<Outcome> calls = rig.outcomes;
    assertThat(calls.get(0).failure()).as("first call, fresh token").isNull();
    assertThat(calls.get(1).failure()).as("at 150 s: renewal fails, token still valid").isNull();
    assertThat(calls.get(1).tokenRequests()).as("one renewal, with its retries").isEqualTo(3);
    assertThat(calls.get(2).failure())
        .as("at 181 s: expired, and no new one")
        .isInstanceOf(AirbyteTransportException.class)
        .hasMessageContaining("/v1/applications/token");
    assertThat(calls.get(2).apiRequests()).isZero();
    assertThat(calls.get(3).failure()).as("endpoint back").isNull();
  }

  @Test
  void aTokenEndpoint500FailsTheCallWithoutCallingTheApi() throws Exception {
    Faults.tokenEndpointFails(rig);

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOf(AirbyteServerException.class)
        .hasMessageContaining("POST /v1/applications/token")
        .hasMessageContaining("token store down");
    assertThat(outcome.tokenRequests()).isEqualTo(1);
    assertThat(outcome.apiRequests()).isZero();
  }

  @Test
  void aTokenWithExpiresInZeroIsUsedForAMinuteNotRefetchedForEveryCall() throws Exception {
    try (LogCapture log = LogCapture.of(CachingTokenProvider.class, Level.WARN)) {
      Faults.tokenLifetime(rig, 0);

      assertThat(rig.outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
      assertThat(rig.outcomes.stream().mapToInt(Outcome::tokenRequests).sum()).isEqualTo(1);
      assertThat(log.messages()).singleElement().asString().contains("no positive expires_in");
    }
  }

  @Test
  void aTokenWithNegativeExpiresInIsTreatedLikeOneWithout() throws Exception {
    Faults.tokenLifetime(rig, -60);

    assertThat(rig.outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
    assertThat(rig.outcomes.stream().mapToInt(Outcome::tokenRequests).sum()).isEqualTo(1);
  }
}
