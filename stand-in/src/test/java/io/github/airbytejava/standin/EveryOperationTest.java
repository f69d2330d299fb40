package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the effective spec, served: one realistic request each, over real HTTP, and
 * both the request and the stand-in's answer checked against the spec by swagger-request-validator
 * (strict: no undeclared fields). Then each operation broken on purpose, to show the same check
 * catches a wrong answer.
 */
class EveryOperationTest {
  private static final Map<String, BiFunction<TestHttp, Fixture, Exchange>> SCENARIOS =
      OperationScenarios.all();

  /** One stand-in for the class, reset by the extension before each test. */
  @RegisterExtension static final AirbyteStandInExtension STAND_IN = new AirbyteStandInExtension();

  private AirbyteStandIn standIn;
  private TestHttp http;
  private Fixture fixture;

  @BeforeEach
  void seed() {
    standIn = STAND_IN.standIn();
    fixture = new Fixture(standIn);
    http = new TestHttp(standIn);
    http.login();
  }

  static Stream<String> specOperations() {
    return SpecCheck.operationIds().stream();
  }

  @Test
  void theSpecHas92OperationsAndEachHasAScenario() {
    assertThat(SpecCheck.operationIds()).hasSize(92).doesNotHaveDuplicates();
    assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(SpecCheck.operationIds());
  }

  @Test
  void servesEveryOperationOfTheSpec() {
    assertThat(standIn.servedOperations())
        .containsExactlyInAnyOrderElementsOf(SpecCheck.operationIds());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specOperations")
  void answersValidAgainstTheSpec(String operationId) {
    Exchange exchange = SCENARIOS.get(operationId).apply(http, fixture);

    assertThat(exchange.status()).as("%s", exchange).isBetween(200, 302);
    SpecCheck.assertConforms(exchange);
    assertThat(standIn.requestCount(operationId)).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specOperations")
  void aBrokenOperationFailsTheSameCheck(String operationId) {
    standIn.breakOperation(operationId);

    Exchange exchange = SCENARIOS.get(operationId).apply(http, fixture);

    if (operationId.equals("initiateOAuth")) {
      // The spec gives this answer no schema, so no shape is wrong for a validator; a pact would
      // still see it.
      assertThat(exchange.json().get("consentUrl").isTextual()).as("%s", exchange).isFalse();
    } else {
      assertThat(SpecCheck.validate(exchange).hasErrors()).as("%s", exchange).isTrue();
    }
  }

  @Test
  void repairedOperationsAnswerProperlyAgain() {
    standIn.breakOperation("getSource");
    standIn.repairOperations();

    Exchange exchange = SCENARIOS.get("getSource").apply(http, fixture);

    assertThat(SpecCheck.validate(exchange).hasErrors()).as("%s", exchange).isFalse();
  }
}
