package io.github.airbytejava.contract.provider;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The accepted pacts kept in git, in {@code contract-tests/pacts/} (system property {@code
 * contracts.pinned}), as Pact reads them.
 */
public final class PinnedPacts {

  private PinnedPacts() {}

  /** The folder of the pinned pacts. */
  public static Path folder() {
    return Path.of(System.getProperty("contracts.pinned", "pacts"));
  }

  /** Every pinned pact. */
  public static List<Pact> all() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(f -> DefaultPactReader.INSTANCE.loadPact(new FileSource(new File(f.toString()))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the pinned pacts in " + folder(), e);
    }
  }

  /** Every HTTP interaction of every pinned pact. */
  public static List<SynchronousRequestResponse> interactions() {
    return all().stream()
        .flatMap(pact -> pact.getInteractions().stream())
        .map(interaction -> interaction.asSynchronousRequestResponse())
        .filter(interaction -> interaction != null)
        .toList();
  }

  /**
   * The pinned HTTP interaction with this description and the pact that holds it, from the pinned
   * pacts as read once per JVM.
   */
  static PinnedInteraction interaction(String description) {
    Pact pact = Loaded.PACTS.stream()
        .filter(p -> p.getInteractions().stream().anyMatch(i -> i.getDescription().equals(description)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No pinned interaction '" + description + "'"));
    SynchronousRequestResponse interaction = pact.getInteractions().stream()
        .filter(i -> i.getDescription().equals(description))
        .findFirst()
        .orElseThrow()
        .asSynchronousRequestResponse();
    return new PinnedInteraction(pact, interaction);
  }

  /**
   * A pinned interaction with its pact.
   *
   * @param pact the pinned pact that holds it
   * @param interaction the interaction
   */
  record PinnedInteraction(Pact pact, SynchronousRequestResponse interaction) {}

  /** The pinned pacts, read on first use. */
  private static final class Loaded {
    static final List<Pact> PACTS = all();
  }
}
