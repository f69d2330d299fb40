package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;

/**
 * The root (a page pointing to the documentation, as the spec's 200 text/html says) and the health
 * check.
 */
final class Meta implements OperationGroup {
  private static final String ROOT_PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Airbyte API stand-in</title></head>
      <body>
      <h1>Airbyte API stand-in</h1>
      <p>An in-memory stand-in for the Airbyte public API. The API reference is at
      <a href="https://reference.airbyte.com">reference.airbyte.com</a>.</p>
      </body>
      </html>
      """;

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("getDocumentation", request -> ApiResponse.html(ROOT_PAGE))
        .on("getHealthCheck", request -> ApiResponse.okEmpty());
  }

  @Override
  public void clear() {
    // Stateless.
  }
}
