package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: one stand-in per class, reset before each test, injectable. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AirbyteStandInExtensionTest {
  @RegisterExtension
  static final AirbyteStandInExtension STAND_IN =
      AirbyteStandInExtension.using(AirbyteStandIn.builder().tokenLifetime(Duration.ofSeconds(42)));

  private static int firstPort;

  @Test
  @Order(1)
  void startsBeforeTheTestsWithTheBuildersSettings() {
    firstPort = STAND_IN.standIn().port();
    TestHttp http = new TestHttp(STAND_IN.baseUrl(), STAND_IN.clientId(), STAND_IN.clientSecret());

    assertThat(
            http.tokenRequest(STAND_IN.clientId(), STAND_IN.clientSecret())
                .json()
                .get("expires_in")
                .asInt())
        .isEqualTo(42);
    STAND_IN.state().createWorkspace("Left behind");
  }

  @Test
  @Order(2)
  void resetsStateAndCountsBetweenTestsButKeepsTheServer(AirbyteStandIn injected) {
    TestHttp http = new TestHttp(STAND_IN.standIn());

    assertThat(injected).isSameAs(STAND_IN.standIn());
    assertThat(injected.port()).isEqualTo(firstPort);
    assertThat(injected.requestCount()).isZero();
    assertThat(http.get("/workspaces").json().get("data")).isEmpty();
  }

  @Nested
  class InANestedClass {
    @Test
    void theOuterStandInIsShared(AirbyteStandIn injected) {
      assertThat(injected).isSameAs(STAND_IN.standIn());
    }
  }

  @Nested
  @ExtendWith(AirbyteStandInExtension.class)
  class WithExtendWith {
    @Test
    void aParameterGetsARunningStandIn(AirbyteStandIn standIn) {
      assertThat(new TestHttp(standIn).send("GET", "/health", null, null, null).status())
          .isEqualTo(200);
    }
  }

  @Nested
  class PerTest {
    @RegisterExtension final AirbyteStandInExtension perTest = new AirbyteStandInExtension();

    @Test
    void anInstanceFieldStartsOneOfItsOwn() {
      assertThat(perTest.standIn().port()).isPositive().isNotEqualTo(STAND_IN.standIn().port());
    }
  }
}
