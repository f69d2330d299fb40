package io.github.airbytejava.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The provenance record beside the vendored spec ({@code upstream/provenance.properties}): where the
 * file came from, when it was taken in, and its sha256.
 *
 * <p>Edited line by line rather than through {@link java.util.Properties#store}, which would drop the
 * explaining comments, reorder the keys and add a time stamp: a spec bump should change exactly the
 * lines that changed. Values are plain (ids, dates, paths), so no escaping is needed.
 */
public final class Provenance {

  private final List<String> lines;

  private Provenance(List<String> lines) {
    this.lines = new ArrayList<>(lines);
  }

  /** Reads a record. */
  public static Provenance read(Path file) {
    try {
      return new Provenance(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read provenance record " + file, e);
    }
  }

  /** The value of {@code key}, if the record has it. */
  public Optional<String> get(String key) {
    return lines.stream()
        .filter(line -> key.equals(keyOf(line)))
        .map(line -> line.substring(line.indexOf('=') + 1).strip())
        .findFirst();
  }

  /** Sets {@code key} in place, or appends it when the record does not have it yet. */
  public Provenance set(String key, String value) {
    String line = key + "=" + value;
    for (int i = 0; i < lines.size(); i++) {
      if (key.equals(keyOf(lines.get(i)))) {
        lines.set(i, line);
        return this;
      }
    }
    lines.add(line);
    return this;
  }

  /** Writes the record. */
  public void write(Path file) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write provenance record " + file, e);
    }
  }

  /** The lowercase hex sha256 of some bytes, as the record stores it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static String keyOf(String line) {
    String trimmed = line.strip();
    int equals = trimmed.indexOf('=');
    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || equals < 0) {
      return null;
    }
    return trimmed.substring(0, equals).strip();
  }
}
