package io.github.airbytejava.specchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test resources and the repository's own {@code openapi/} folder. */
final class TestFiles {

  static final Path OLDER_SPEC = resource("history/airbyte-api-2025-10-29.yaml");
  static final Path CURRENT_SPEC = resource("history/airbyte-api-2026-07-24.yaml");
  static final Path CURRENT_PROVENANCE = resource("history/provenance.properties");
  static final Path PINS = resource("pacts");

  private TestFiles() {}

  static Path resource(String name) {
    URL url = TestFiles.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("Missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The real overlays: the history is replayed through the fixes this project actually applies. */
  static Path overlays() {
    return Path.of(System.getProperty("specChange.openapiFolder", "../openapi")).resolve("overlays");
  }

  /**
   * A scratch {@code openapi/} below {@code root}: {@code upstream/} holding the 2026-07-24 spec and its
   * provenance record, and a copy of the real overlays.
   */
  static Path openapiCopy(Path root) {
    try {
      Path upstream = Files.createDirectories(root.resolve("upstream"));
      Files.copy(CURRENT_SPEC, upstream.resolve("airbyte-api.yaml"));
      Files.copy(CURRENT_PROVENANCE, upstream.resolve("provenance.properties"));
      Path overlays = Files.createDirectories(root.resolve("overlays"));
      try (Stream<Path> files = Files.list(overlays())) {
        for (Path overlay : files.toList()) {
          Files.copy(overlay, overlays.resolve(overlay.getFileName()));
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
