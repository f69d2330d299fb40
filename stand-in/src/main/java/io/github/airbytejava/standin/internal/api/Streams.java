package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;

/**
 * Stream discovery: {@code getStreamProperties} answers with the streams the source's connector
 * discovers.
 */
final class Streams implements OperationGroup {
  private final Sources sources;
  private final Destinations destinations;

  Streams(Sources sources, Destinations destinations) {
    this.sources = sources;
    this.destinations = destinations;
  }

  @Override
  public void register(OperationRegistry registry) {
    registry.on("getStreamProperties", this::streams);
  }

  private ApiResponse streams(ApiRequest request) {
    SourceResponse source = sources.get(request.requiredQueryUuid("sourceId"));
    request.queryUuid("destinationId").ifPresent(destinations::get);
    // The response schema is a bare array of StreamProperties; the generated client has no wrapper
    // type for it.
    return ApiResponse.ok(ConnectorCatalog.streams(source.getSourceType()));
  }

  @Override
  public void clear() {
    // Discovery is derived from the sources; nothing to forget.
  }
}
