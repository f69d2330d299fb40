package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.provider.ProviderResponse;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import au.com.dius.pact.provider.junit5.TestTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kotlin.Pair;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Verifies one pinned interaction against a provider with Pact's {@link ProviderVerifier}, called
 * directly rather than through the JUnit extension, with the same states, request preparation and
 * target as {@link PinnedPactsVerificationIT}: for tests that change the provider between
 * verifications. Cleans up after each verification.
 */
final class InteractionVerifier {

  private final ProviderUnderTest provider;
  private final InteractionRequests requests;
  private final Runnable beforeCleanUp;

  /**
   * A verifier for {@code provider}.
   *
   * @param beforeCleanUp runs after the verification and before the clean-up, e.g. to repair what
   *     the test broke
   */
  InteractionVerifier(ProviderUnderTest provider, Runnable beforeCleanUp) {
    this.provider = provider;
    this.requests = new InteractionRequests(provider);
    this.beforeCleanUp = beforeCleanUp;
  }

  /** Sets up the states of the pinned interaction {@code description}, replays it and compares the response. */
  VerificationResult verify(String description) {
    PinnedPacts.PinnedInteraction pinned = PinnedPacts.interaction(description);
    Pact pact = pinned.pact();
    SynchronousRequestResponse interaction = pinned.interaction();
    Fixtures fixtures = new Fixtures(provider);
    try {
      Map<String, Object> stateValues = StateSetup.setUp(new ProviderStates(fixtures), interaction);
      TestTarget target = requests.target();
      Pair<Object, Object> prepared = target.prepareRequest(pact, interaction, Map.of("providerState", stateValues));
      HttpRequest request = (HttpRequest) Objects.requireNonNull(prepared).getFirst();
      requests.prepare(request, interaction);
      ProviderResponse response = target.executeInteraction(prepared.getSecond(), request);
      ProviderVerifier verifier = new ProviderVerifier();
      verifier.setReporters(List.of()); // the caller judges the result; nothing to print
      return verifier.verifyRequestResponsePact(interaction.getResponse(), response, description, new HashMap<>(),
          Objects.toString(interaction.getInteractionId(), description), false);
    } finally {
      beforeCleanUp.run();
      assertThat(fixtures.cleanUp()).as("what the clean-up could not remove").isEmpty();
    }
  }
}
