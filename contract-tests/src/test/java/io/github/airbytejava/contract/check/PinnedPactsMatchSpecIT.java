package io.github.airbytejava.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Bi-directional check: every interaction of every pinned pact conforms to the effective spec. */
@Order(2)
class PinnedPactsMatchSpecIT {

  private final Path pinned = Path.of(System.getProperty("contracts.pinned", "pacts"));

  @Test
  void everyPinnedInteractionConformsToTheEffectiveSpec() {
    List<Path> pacts = PactFiles.in(pinned);
    assertThat(pacts).as("no pinned pacts in %s", pinned).isNotEmpty();

    PactSpecValidator validator = PactSpecValidator.forEffectiveSpec();
    List<PactSpecValidator.Failure> failures = new ArrayList<>();
    int interactions = 0;
    for (Path pact : pacts) {
      interactions += validator.interactionCount(pact);
      failures.addAll(validator.validate(pact));
    }

    assertThat(failures).as("interactions that do not conform to the effective spec").isEmpty();
    System.out.println("[contracts] " + interactions + " pinned interactions conform to the effective spec");
  }
}
