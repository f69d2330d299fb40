package io.github.airbytejava.specchange;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of the spec's server paths a request path is written under.
 *
 * <p>The validator strips only the first server's path ({@code /v1}, Airbyte Cloud) from a request path.
 * A pin recorded against a self-managed Airbyte or the stand-in has its request under another server's
 * path ({@code /api/public/v1}); without being told, the validator would find no operation for it, before
 * and after alike, and a real break would go unnoticed.
 */
final class BasePath {

  private BasePath() {}

  /**
   * The longest server path the request path lies under, if any; otherwise empty, and the validator's
   * own choice (the first server's path, or none) applies.
   */
  static Optional<String> of(String requestPath, List<String> serverPaths) {
    return serverPaths.stream()
        .map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
        .filter(p -> !p.isEmpty())
        .filter(p -> requestPath.equals(p) || requestPath.startsWith(p + "/"))
        .max(Comparator.comparingInt(String::length));
  }
}
