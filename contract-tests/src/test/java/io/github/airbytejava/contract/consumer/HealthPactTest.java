package io.github.airbytejava.contract.consumer;

import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import org.junit.jupiter.api.Test;

class HealthPactTest extends ConsumerPactTest {

  /** The health check needs no credentials, so the pact does not ask for any. */
  @Pact(consumer = CONSUMER)
  V4Pact getHealthCheck(PactDslWithProvider builder) {
    return respond(anonymousRequest(builder.uponReceiving("check the health of the API"), "GET", "/health"), 200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getHealthCheck")
  void aHealthyApiAnswersTheHealthCheck() {
    assertThatNoException().isThrownBy(() -> client.health().getHealthCheck());
  }
}
