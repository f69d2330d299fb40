package io.github.airbytejava.specchange;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.V4Pact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One pinned pact file: a contract that the consumer tests recorded and a reviewer accepted into {@code
 * contract-tests/pacts/}. Read with Pact JVM's own reader, so that V3 and V4 pacts both work.
 *
 * @param name the file's path below the pins folder, as the report names it
 * @param consumer the pact's consumer
 * @param interactions the pact's HTTP interactions, in file order
 */
public record PinnedPact(String name, String consumer, List<RequestResponseInteraction> interactions) {

  /** Every pact ({@code *.json}) below {@code folder}, sorted; none when the folder does not exist. */
  public static List<PinnedPact> findAll(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(f -> read(f, folder.relativize(f).toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list pinned pacts in " + folder, e);
    }
  }

  static PinnedPact read(Path file, String name) {
    Pact pact;
    try {
      pact = DefaultPactReader.INSTANCE.loadPact(new FileSource(file.toFile()));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot read pinned pact " + file + ": " + e.getMessage(), e);
    }
    Pact requestResponse = pact instanceof V4Pact v4 ? v4.asRequestResponsePact().get() : pact;
    List<RequestResponseInteraction> interactions = requestResponse.getInteractions().stream()
        .map(RequestResponseInteraction.class::cast)
        .toList();
    return new PinnedPact(name, pact.getConsumer().getName(), interactions);
  }
}
