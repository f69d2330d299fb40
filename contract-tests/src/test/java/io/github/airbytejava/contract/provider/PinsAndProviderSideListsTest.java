package io.github.airbytejava.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The provider side stays in step with the pinned pacts: every state the pins use has a handler,
 * every handler serves a state the pins use, and the list of interactions skipped against a real
 * Airbyte names pinned interactions only (against the stand-in nothing is skipped).
 */
class PinsAndProviderSideListsTest {

  private final List<SynchronousRequestResponse> pinned = PinnedPacts.interactions();

  @Test
  void theRealAndStandInChecksReadThePinnedInteractions() {
    assertThat(pinned).as("interactions in %s", PinnedPacts.folder()).isNotEmpty();
  }

  @Test
  void everyProviderStateOfThePinsHasAHandler() {
    Set<String> missing = pinnedStates().stream()
        .filter(state -> StateSetup.handler(state).isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(missing).as("provider states without a @State method in ProviderStates").isEmpty();
  }

  @Test
  void everyHandlerServesAStateThePinsUse() {
    Set<String> handled = StateSetup.handledStates();

    handled.removeAll(pinnedStates());
    assertThat(handled).as("@State methods for states no pinned interaction uses: remove them").isEmpty();
  }

  @Test
  void everyInteractionSkippedAgainstARealAirbyteIsPinned() {
    assertThat(descriptions()).containsAll(RealAirbyteSkips.all().keySet());
  }

  private Set<String> pinnedStates() {
    return pinned.stream()
        .flatMap(interaction -> interaction.getProviderStates().stream())
        .map(ProviderState::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> descriptions() {
    return pinned.stream().map(SynchronousRequestResponse::getDescription).collect(Collectors.toSet());
  }
}
