package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.AirbyteRateLimitException;
import io.github.airbytejava.client.AirbyteServerException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Storms of server errors and rate limits. The rig allows 2 retries and records the waits instead
 * of sleeping, so a recovery "within the retry budget" means within 2 failed attempts.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StatusStormsTest {

  private final Rig rig = Rig.defaults();

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void aGetRecoversWhenTheServerRecoversWithinTheRetryBudget(int status) throws Exception {
    Faults.gatewayStorm(rig, status, 2, false);

    assertThat(rig.last().failure()).isNull();
    assertThat(rig.last().apiRequests()).isEqualTo(3);
    assertThat(rig.sleeper.sleeps).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void aGetFailsWithTheLastServerErrorWhenTheStormOutlastsTheBudget(int status) throws Exception {
    Faults.gatewayStorm(rig, status, 3, false);

    assertThat(rig.last().failure())
        .isInstanceOfSatisfying(
            AirbyteServerException.class, e -> assertThat(e.status()).isEqualTo(status));
    assertThat(rig.last().apiRequests()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void aPostFailsAfterOneAttemptBecauseItMayHaveStartedASync(int status) throws Exception {
    Faults.gatewayStorm(rig, status, 3, true);

    assertThat(rig.last().failure()).isInstanceOf(AirbyteServerException.class);
    assertThat(rig.last().apiRequests()).isEqualTo(1);
    assertThat(rig.sleeper.sleeps).isEmpty();
  }

  @Test
  void a500IsNotRetriedEvenForAGetBecauseItIsNotATransientGatewayFailure() throws Exception {
    Faults.gatewayStorm(rig, 500, 1, false);

    assertThat(rig.last().failure()).isInstanceOf(AirbyteServerException.class);
    assertThat(rig.last().apiRequests()).isEqualTo(1);
  }

  @Test
  void a429AskingForADayFailsAtOnceWithTheHintInTheException() throws Exception {
    Faults.rateLimited(rig, "86400");

    Outcome outcome = rig.last();
    assertThat(outcome.failure())
        .isInstanceOfSatisfying(
            AirbyteRateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofDays(1)))
        .hasMessageContaining("asked to wait 86400 s");
    assertThat(outcome.apiRequests()).isEqualTo(1);
    assertThat(rig.sleeper.sleeps).isEmpty();
  }

  @Test
  void a429AskingForSixtySecondsIsWaitedOutAndRetried() throws Exception {
    Faults.rateLimited(rig, "60");

    assertThat(rig.last().failure()).isNull();
    assertThat(rig.sleeper.sleeps).containsExactly(Duration.ofSeconds(60));
    assertThat(rig.last().apiRequests()).isEqualTo(2);
  }

  @Test
  void a429AskingForSixtyOneSecondsEndsTheRetries() throws Exception {
    Faults.rateLimited(rig, "61");

    assertThat(rig.last().failure())
        .isInstanceOfSatisfying(
            AirbyteRateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(61)));
    assertThat(rig.sleeper.sleeps).isEmpty();
  }
}
