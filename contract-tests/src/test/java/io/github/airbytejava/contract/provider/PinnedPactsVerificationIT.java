package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider verification: every interaction of the pinned pacts in {@code contract-tests/pacts/},
 * replayed against the provider ({@link ProviderUnderTest}: the stand-in, or a real Airbyte with
 * {@code -Dcontracts.provider=airbyte}), must get the response the pact pins.
 *
 * <p>For each interaction: its provider states are set up through the client ({@link
 * ProviderStates}), the request gets real credentials and the provider's base path ({@link
 * InteractionRequests}), Pact compares the response, and everything the states and the request
 * created is deleted again, whether the verification passed or not ({@link Fixtures}, {@link
 * Leftovers}). Against the stand-in, the clean-up is checked too: its live resources must be what
 * they were before the interaction.
 *
 * <p>Against the stand-in every pinned interaction is replayed and must pass: nothing is skipped,
 * and the run fails unless all of them were verified. Against a real Airbyte, those it cannot
 * satisfy safely ({@link RealAirbyteSkips}) are skipped with the reason.
 */
@Provider(PinnedPactsVerificationIT.PROVIDER)
@Consumer(PinnedPactsVerificationIT.CONSUMER)
@PactFolder("pacts")
@Order(10)
class PinnedPactsVerificationIT {

  static final String PROVIDER = "airbyte-public-api";
  static final String CONSUMER = "airbyte-java-client";

  private static final AtomicInteger VERIFIED = new AtomicInteger();

  private static ProviderUnderTest provider;
  private static InteractionRequests requests;
  private static Leftovers leftovers;
  private static Inventory baseline;

  private Fixtures fixtures;

  @BeforeAll
  static void startProvider() {
    provider = ProviderUnderTest.start();
    requests = new InteractionRequests(provider);
    leftovers = new Leftovers(provider);
    if (!provider.isRealAirbyte()) {
      baseline = Inventory.of(provider);
    }
    System.out.println("[contracts] verifying the pinned pacts against " + provider);
  }

  @AfterAll
  static void stopProvider() {
    if (provider == null) {
      return;
    }
    int pinned = PinnedPacts.interactions().size();
    System.out.println("[contracts] provider verification against " + provider + ": " + VERIFIED + " of " + pinned
        + " pinned interactions verified");
    provider.close();
    if (!provider.isRealAirbyte()) {
      // Nothing is skipped against the stand-in: a pinned interaction that was not verified (left out by
      // a pact.filter.* property or an assumption, or never run) fails the build here, even if no test failed.
      assertThat(VERIFIED.get()).as("pinned interactions verified against the stand-in").isEqualTo(pinned);
    }
  }

  @BeforeEach
  void setUpStates(PactVerificationContext context) {
    String description = context.getInteraction().getDescription();
    if (provider.isRealAirbyte()) {
      RealAirbyteSkips.reason(description)
          .ifPresent(reason -> Assumptions.abort("Not replayed against a real Airbyte: " + reason));
    }
    fixtures = new Fixtures(provider);
    context.setTarget(requests.target());
    context.withStateChangeHandlers(new ProviderStates(fixtures));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void pinnedInteractionHoldsAgainstTheProvider(PactVerificationContext context, HttpRequest request) {
    leftovers.watch(request, InteractionRequests.apiPath(request.getPath().split("\\?", 2)[0]), fixtures);
    requests.prepare(request, context.getInteraction());
    context.verifyInteraction();
    VERIFIED.incrementAndGet();
  }

  @AfterEach
  void cleanUp() {
    if (fixtures == null) {
      return;
    }
    List<String> failures = fixtures.cleanUp();
    fixtures = null;
    assertThat(failures).as("what the clean-up could not remove from %s", provider).isEmpty();
    if (!provider.isRealAirbyte()) {
      assertThat(Inventory.of(provider)).as("the stand-in's live resources after the clean-up").isEqualTo(baseline);
    }
  }
}
