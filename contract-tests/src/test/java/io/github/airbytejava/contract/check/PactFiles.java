package io.github.airbytejava.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads pact files and puts them in the one form in which pins are kept and compared. */
final class PactFiles {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private PactFiles() {}

  /** The {@code *.json} files in a folder, sorted by name; none if the folder does not exist. */
  static List<Path> in(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read pact " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pact without what changes from run to run for no reason of ours (the Pact JVM version that
   * wrote it), with interactions in a stable order, as pretty JSON with sorted keys.
   */
  static String normalised(JsonNode pact) {
    ObjectNode copy = pact.deepCopy();
    if (copy.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove("pactJvm");
    }
    if (copy.get("interactions") instanceof ArrayNode interactions) {
      List<JsonNode> sorted = new ArrayList<>();
      interactions.forEach(sorted::add);
      sorted.sort(Comparator.comparing((JsonNode i) -> i.path("description").asText())
          .thenComparing(i -> i.path("providerStates").toString()));
      interactions.removeAll();
      interactions.addAll(sorted);
    }
    try {
      // Round-trip through a tree with sorted keys so field order never shows up as a difference.
      return JSON.writeValueAsString(JSON.treeToValue(copy, Object.class)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> interactions(Path pactFile) {
    List<JsonNode> list = new ArrayList<>();
    read(pactFile).path("interactions").forEach(list::add);
    return list;
  }
}
