package io.github.airbytejava.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the vendored upstream spec into the effective spec: applies every overlay in {@code
 * overlays/} (in file-name order), then {@link OperationTags#tagByGroup}, and writes the result.
 *
 * <p>Deterministic: the same inputs give the same bytes, so the effective spec can be diffed.
 */
public final class EffectiveSpecBuilder {

  private static final ObjectMapper YAML_READER = new YAMLMapper();
  private static final ObjectMapper YAML_WRITER =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private EffectiveSpecBuilder() {}

  /**
   * Command-line entry point used by the build.
   *
   * @param args the upstream spec, the overlay folder, the output file
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: EffectiveSpecBuilder <upstream spec> <overlay folder> <effective spec to write>");
    }
    Path output = Path.of(args[2]);
    ObjectNode spec = build(Path.of(args[0]), Path.of(args[1]));
    write(spec, output);
    System.out.println("[effective-spec] wrote " + output);
  }

  /**
   * Reads the upstream spec and returns the effective spec as a tree.
   *
   * @throws UnmatchedOverlayActionsException naming each overlay action that matched nothing
   */
  public static ObjectNode build(Path upstream, Path overlayFolder) {
    return build(read(upstream), overlayFolder);
  }

  /**
   * Turns an upstream spec already read into the effective spec, in place, and returns it.
   *
   * @throws UnmatchedOverlayActionsException naming each overlay action that matched nothing
   */
  static ObjectNode build(ObjectNode spec, Path overlayFolder) {
    return build(spec, overlayFolder, unmatched -> {
      throw unmatched;
    });
  }

  /**
   * Turns an upstream spec already read into the effective spec, in place, and returns it, handing
   * overlay actions that matched nothing to {@code onUnmatched}. Every action that matches is applied
   * either way, so when {@code onUnmatched} returns, the result lacks only the unmatched ones.
   */
  static ObjectNode build(
      ObjectNode spec, Path overlayFolder, Consumer<UnmatchedOverlayActionsException> onUnmatched) {
    try {
      new OverlayApplier().apply(spec, overlaysIn(overlayFolder));
    } catch (UnmatchedOverlayActionsException e) {
      onUnmatched.accept(e);
    }
    OperationTags.tagByGroup(spec);
    return spec;
  }

  /** The overlay documents in a folder ({@code *.yaml}), sorted by file name. */
  public static List<Overlay> overlaysIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .map(Overlay::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list overlays in " + folder, e);
    }
  }

  static ObjectNode read(Path file) {
    try {
      JsonNode tree = YAML_READER.readTree(file.toFile());
      if (!(tree instanceof ObjectNode object)) {
        throw new IllegalArgumentException(file + " is not an OpenAPI document (no top-level mapping)");
      }
      return object;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read spec " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a spec tree as YAML, creating parent folders. */
  public static void write(JsonNode spec, Path output) {
    try {
      Files.createDirectories(output.toAbsolutePath().getParent());
      YAML_WRITER.writeValue(output.toFile(), spec);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write effective spec " + output, e);
    }
  }
}
