package io.github.airbytejava.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * For every operation group the pinned pacts exercise, its operations called with REST Assured
 * against the provider, every request and response validated against the effective spec
 * ({@link GroupScenarios}). A pinned group without a scenario fails, so a group the consumer starts
 * to rely on cannot go unchecked.
 */
@Order(20)
class PinnedGroupsConformanceIT extends ConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyPinnedGroupAnswersAsTheSpecSays() {
    Set<String> groups = PinnedGroups.all();
    assertThat(groups).as("operation groups of the pinned pacts").isNotEmpty();
    return groups.stream().map(group -> dynamicTest(group + " answers as the spec says", () -> {
      GroupScenarios.Scenario scenario = GroupScenarios.of(group).orElseThrow(() -> new AssertionError(
          "The pinned group " + group + " has no conformance scenario: add one to GroupScenarios"));
      withFixtures(fixtures -> scenario.run(api, fixtures));
    }));
  }
}
