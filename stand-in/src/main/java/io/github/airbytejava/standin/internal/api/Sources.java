package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.SourcePatchRequest;
import io.github.airbytejava.generated.model.SourcePutRequest;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.SourcesResponse;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.http.Paging;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Sources. Serves create, list (paged, filtered by workspace, with soft-deleted ones on request),
 * get, patch (merges the configuration's top-level keys), put (replaces it) and delete (soft).
 * {@code initiateOAuth}, filed under Sources in the spec, lives in {@link OAuth}.
 *
 * <p>Every configuration, created, replaced or merged, must have the keys its connector requires
 * ({@link Configurations#requireKeys}). It is stored and returned as sent: the stand-in knows no
 * connector's full specification, so it cannot mask secrets the way Airbyte does.
 */
final class Sources implements OperationGroup {
  private final StateContext state;
  private final Workspaces workspaces;
  private final Connectors connectors;
  private final Table<UUID, SourceResponse> sources = new Table<>("source");

  Sources(StateContext state, Workspaces workspaces, Connectors connectors) {
    this.state = state;
    this.workspaces = workspaces;
    this.connectors = connectors;
  }

  /** Adds a source to a workspace. */
  SourceResponse create(UUID id, SourceCreateRequest request) {
    workspaces.get(request.getWorkspaceId());
    Connectors.Resolved connector =
        connectors.resolve(
            ConnectorType.SOURCE,
            request.getWorkspaceId(),
            request.getDefinitionId(),
            request.getConfiguration());
    Map<String, Object> configuration =
        Configurations.checked(
            ConnectorType.SOURCE, connector.definitionId(), request.getConfiguration());
    return sources.insert(
        id,
        new SourceResponse()
            .sourceId(id)
            .name(request.getName())
            .sourceType(connector.typeName())
            .definitionId(connector.definitionId())
            .workspaceId(request.getWorkspaceId())
            ._configuration(configuration)
            .createdAt(Timestamps.epochSeconds(state.now()))
            .resourceAllocation(request.getResourceAllocation()));
  }

  /** The live source, or resource-not-found. */
  SourceResponse get(UUID id) {
    return sources.get(id);
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "createSource",
            request ->
                ApiResponse.ok(create(state.newId(), request.body(SourceCreateRequest.class))))
        .on("listSources", this::list)
        .on("getSource", request -> ApiResponse.ok(get(request.pathUuid("sourceId"))))
        .on("patchSource", this::patch)
        .on("putSource", this::put)
        .on(
            "deleteSource",
            request -> {
              sources.softDelete(request.pathUuid("sourceId"));
              return ApiResponse.noContent();
            });
  }

  private ApiResponse list(ApiRequest request) {
    Predicate<UUID> inWorkspaces = request.uuidFilter("workspaceIds");
    List<SourceResponse> matching =
        sources.all(request.queryBoolean("includeDeleted", false)).stream()
            .filter(source -> inWorkspaces.test(source.getWorkspaceId()))
            .toList();
    Paging.Page<SourceResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new SourcesResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse patch(ApiRequest request) {
    SourceResponse source = get(request.pathUuid("sourceId"));
    SourcePatchRequest patch = request.body(SourcePatchRequest.class);
    // Checked before anything changes, so that a refused patch leaves the source as it was.
    Map<String, Object> configuration =
        Configurations.patched(
            ConnectorType.SOURCE,
            source.getDefinitionId(),
            source.getConfiguration(),
            patch.getConfiguration());
    if (patch.getName() != null) {
      source.setName(patch.getName());
    }
    if (patch.getWorkspaceId() != null) {
      workspaces.get(patch.getWorkspaceId());
      source.setWorkspaceId(patch.getWorkspaceId());
    }
    if (configuration != null) {
      source.setConfiguration(configuration);
    }
    if (patch.getResourceAllocation() != null) {
      source.setResourceAllocation(patch.getResourceAllocation());
    }
    return ApiResponse.ok(source);
  }

  private ApiResponse put(ApiRequest request) {
    SourceResponse source = get(request.pathUuid("sourceId"));
    SourcePutRequest put = request.body(SourcePutRequest.class);
    Map<String, Object> configuration =
        Configurations.checked(
            ConnectorType.SOURCE, source.getDefinitionId(), put.getConfiguration());
    source.setName(put.getName());
    source.setConfiguration(configuration);
    source.setResourceAllocation(put.getResourceAllocation());
    return ApiResponse.ok(source);
  }

  @Override
  public void clear() {
    sources.clear();
  }
}
