package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.provider.VerificationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.airbytejava.contract.provider.SpecOperations.SpecOperation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Provider verification is not vacuous: when the stand-in answers an operation with the wrong
 * shape ({@code AirbyteStandIn.breakOperation}), verifying a pinned interaction of that operation
 * fails. Runs Pact's verifier programmatically on one interaction at a time ({@link
 * InteractionVerifier}).
 *
 * <p>Always against a stand-in of its own, whatever {@code -Dcontracts.provider} says: only a
 * stand-in can be broken on purpose.
 */
@Order(11)
class BrokenStandInFailsVerificationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GET_A_SOURCE = "get a source";

  private static ProviderUnderTest standIn;
  private static InteractionVerifier verifier;

  @BeforeAll
  static void startStandIn() {
    standIn = ProviderUnderTest.startStandIn();
    // Repaired before the clean-up: a broken listJobs or delete would stop the clean-up itself.
    verifier = new InteractionVerifier(standIn, () -> standIn.standIn().orElseThrow().repairOperations());
  }

  @AfterAll
  static void stopStandIn() {
    standIn.close();
  }

  @Test
  void getASourceVerifiesAgainstTheIntactStandIn() {
    assertThat(verifier.verify(GET_A_SOURCE)).isInstanceOf(VerificationResult.Ok.class);
  }

  @Test
  void getASourceFailsVerificationWhenTheStandInAnswersGetSourceWithTheWrongShape() {
    standIn.standIn().orElseThrow().breakOperation("getSource");

    VerificationResult result = verifier.verify(GET_A_SOURCE);

    assertThat(result).isInstanceOfSatisfying(VerificationResult.Failed.class, failed ->
        assertThat(failed.getFailures().values()).flatExtracting(failures -> failures)
            .extracting(Object::toString)
            .anySatisfy(failure -> assertThat(failure).contains("sourceId")));
  }

  /** Every pinned success that pins a response body fails once its operation answers the wrong shape. */
  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("interactionsPinningABody")
  void aPinnedResponseBodyFailsVerificationWhenItsOperationIsBroken(String description, String operationId) {
    standIn.standIn().orElseThrow().breakOperation(operationId);

    assertThat(verifier.verify(description))
        .as("verification of '%s' with %s broken", description, operationId)
        .isInstanceOf(VerificationResult.Failed.class);
  }

  /**
   * The interactions that expect a 2xx response with a JSON body of at least one member, with their
   * operation; an empty object or no body cannot be broken.
   */
  static Stream<Arguments> interactionsPinningABody() {
    SpecOperations spec = SpecOperations.forEffectiveSpec();
    return PinnedPacts.interactions().stream()
        .filter(interaction -> interaction.getResponse().getStatus() / 100 == 2)
        .filter(interaction -> hasMembers(interaction.getResponse().getBody().valueAsString()))
        .map(interaction -> Arguments.of(interaction.getDescription(), operationOf(spec, interaction).operationId()))
        .sorted((a, b) -> a.get()[0].toString().compareTo(b.get()[0].toString()));
  }

  private static SpecOperation operationOf(SpecOperations spec, SynchronousRequestResponse interaction) {
    return spec.of(interaction).orElseThrow(() -> new IllegalStateException(
        "No operation of the spec serves " + InteractionRequests.apiPath(interaction.getRequest().getPath())));
  }

  private static boolean hasMembers(String body) {
    if (body == null || body.isBlank()) {
      return false;
    }
    try {
      JsonNode json = JSON.readTree(body);
      return json.size() > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
