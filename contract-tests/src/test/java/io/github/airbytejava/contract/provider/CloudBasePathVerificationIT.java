package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.VerificationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pacts, written against self-managed Airbyte's {@code /api/public/v1}, replay against a
 * provider under Cloud's {@code /v1} ({@code AIRBYTE_PROVIDER_URL=https://api.airbyte.com/v1}):
 * the stand-in serves both, so it is addressed under {@code /v1} here.
 */
@Order(12)
class CloudBasePathVerificationIT {

  private static ProviderUnderTest standIn;
  private static InteractionVerifier verifier;

  @BeforeAll
  static void startStandIn() {
    standIn = ProviderUnderTest.startStandInUnderCloudPaths();
    verifier = new InteractionVerifier(standIn, () -> { });
  }

  @AfterAll
  static void stopStandIn() {
    standIn.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"get a source", "list the sources of a workspace", "start a sync of a connection",
      "exchange client credentials for an access token", "get a workspace with an expired token",
      "check the health of the API"})
  void aPinnedInteractionVerifiesUnderCloudsBasePath(String description) {
    assertThat(standIn.baseUrl()).endsWith("/v1").doesNotContain("/api/public");

    assertThat(verifier.verify(description)).isInstanceOf(VerificationResult.Ok.class);
  }
}
