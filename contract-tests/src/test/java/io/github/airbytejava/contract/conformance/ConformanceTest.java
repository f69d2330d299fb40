package io.github.airbytejava.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.contract.provider.Fixtures;
import io.github.airbytejava.contract.provider.ProviderUnderTest;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the conformance suites: the provider ({@link ProviderUnderTest}, the stand-in unless
 * {@code -Dcontracts.provider=airbyte}) for the whole class, and fixtures that are removed after
 * each use.
 */
abstract class ConformanceTest {

  static ProviderUnderTest provider;
  static ConformanceApi api;

  @BeforeAll
  static void startProvider() {
    provider = ProviderUnderTest.start();
    api = new ConformanceApi(provider);
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  /**
   * Runs {@code test} with new fixtures and removes them afterwards, also when the test fails; a
   * clean-up failure is reported with, not instead of, the test's own.
   */
  static void withFixtures(Consumer<Fixtures> test) {
    Fixtures fixtures = new Fixtures(provider);
    Throwable failure = null;
    try {
      test.accept(fixtures);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      List<String> leftovers = fixtures.cleanUp();
      if (failure != null) {
        for (String leftover : leftovers) {
          failure.addSuppressed(new AssertionError("not cleaned up: " + leftover));
        }
      } else {
        assertThat(leftovers).as("what the clean-up could not remove from %s", provider).isEmpty();
      }
    }
  }
}
