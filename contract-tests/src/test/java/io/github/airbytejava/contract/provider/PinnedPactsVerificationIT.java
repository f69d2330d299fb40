package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.List;
import java.util.Optional;
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
 * <p>The few interactions the stand-in does not satisfy yet ({@link StandInGaps}) are replayed too,
 * and must fail; against a real Airbyte, those it cannot satisfy safely ({@link RealAirbyteSkips})
 * are skipped with the reason.
 */
@Provider(PinnedPactsVerificationIT.PROVIDER)
@Consumer(PinnedPactsVerificationIT.CONSUMER)
@PactFolder("pacts")
@Order(10)
class PinnedPactsVerificationIT {

  static final String PROVIDER = "airbyte-public-api";
  static final String CONSUMER = "airbyte-java-client";

  private static final AtomicInteger VERIFIED = new AtomicInteger();
  private static final AtomicInteger KNOWN_GAPS = new AtomicInteger();

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
    System.out.println("[contracts] provider verification against " + provider + ": " + VERIFIED + " interactions"
        + " verified" + (provider.isRealAirbyte() ? "" : ", " + KNOWN_GAPS + " known gaps of the stand-in still"
        + " failing as expected (StandInGaps)"));
    provider.close();
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
    String description = context.getInteraction().getDescription();
    leftovers.watch(request, InteractionRequests.apiPath(request.getPath().split("\\?", 2)[0]), fixtures);
    requests.prepare(request, context.getInteraction());
    Optional<String> gap = provider.isRealAirbyte() ? Optional.empty() : StandInGaps.reason(description);
    if (gap.isEmpty()) {
      context.verifyInteraction();
      VERIFIED.incrementAndGet();
      return;
    }
    Throwable failure = catchThrowable(context::verifyInteraction);
    assertThat(failure)
        .as("'%s' is a known gap of the stand-in (%s), but it now passes: remove it from StandInGaps",
            description, gap.get())
        .isInstanceOf(AssertionError.class);
    KNOWN_GAPS.incrementAndGet();
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
