package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.DestinationCreateRequest;
import io.github.airbytejava.generated.model.DestinationPatchRequest;
import io.github.airbytejava.generated.model.DestinationPutRequest;
import io.github.airbytejava.generated.model.DestinationResponse;
import io.github.airbytejava.generated.model.DestinationsResponse;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.http.Paging;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Destinations. Serves create, list (paged, filtered by workspace, with soft-deleted ones on
 * request), get, patch (merges the configuration's top-level keys), put (replaces it) and delete
 * (soft).
 *
 * <p>The configuration is stored and returned as sent: the stand-in knows no connector
 * specification, so it cannot mask secrets the way Airbyte does.
 */
final class Destinations implements OperationGroup {
  private final StateContext state;
  private final Workspaces workspaces;
  private final Connectors connectors;
  private final Table<UUID, DestinationResponse> destinations = new Table<>("destination");

  Destinations(StateContext state, Workspaces workspaces, Connectors connectors) {
    this.state = state;
    this.workspaces = workspaces;
    this.connectors = connectors;
  }

  /** Adds a destination to a workspace. */
  DestinationResponse create(UUID id, DestinationCreateRequest request) {
    workspaces.get(request.getWorkspaceId());
    Connectors.Resolved connector =
        connectors.resolve(
            ConnectorType.DESTINATION,
            request.getWorkspaceId(),
            request.getDefinitionId(),
            request.getConfiguration());
    return destinations.insert(
        id,
        new DestinationResponse()
            .destinationId(id)
            .name(request.getName())
            .destinationType(connector.typeName())
            .definitionId(connector.definitionId())
            .workspaceId(request.getWorkspaceId())
            ._configuration(Configurations.copy(request.getConfiguration()))
            .createdAt(Timestamps.epochSeconds(state.now()))
            .resourceAllocation(request.getResourceAllocation()));
  }

  /** The live destination, or resource-not-found. */
  DestinationResponse get(UUID id) {
    return destinations.get(id);
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "createDestination",
            request ->
                ApiResponse.ok(create(state.newId(), request.body(DestinationCreateRequest.class))))
        .on("listDestinations", this::list)
        .on("getDestination", request -> ApiResponse.ok(get(request.pathUuid("destinationId"))))
        .on("patchDestination", this::patch)
        .on("putDestination", this::put)
        .on(
            "deleteDestination",
            request -> {
              destinations.softDelete(request.pathUuid("destinationId"));
              return ApiResponse.noContent();
            });
  }

  private ApiResponse list(ApiRequest request) {
    Set<UUID> workspaceIds = Set.copyOf(request.queryUuids("workspaceIds"));
    List<DestinationResponse> matching =
        destinations.all(request.queryBoolean("includeDeleted", false)).stream()
            .filter(
                destination ->
                    workspaceIds.isEmpty() || workspaceIds.contains(destination.getWorkspaceId()))
            .toList();
    Paging.Page<DestinationResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new DestinationsResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse patch(ApiRequest request) {
    DestinationResponse destination = get(request.pathUuid("destinationId"));
    DestinationPatchRequest patch = request.body(DestinationPatchRequest.class);
    if (patch.getName() != null) {
      destination.setName(patch.getName());
    }
    if (patch.getConfiguration() != null) {
      destination.setConfiguration(
          Configurations.merge(destination.getConfiguration(), patch.getConfiguration()));
    }
    if (patch.getResourceAllocation() != null) {
      destination.setResourceAllocation(patch.getResourceAllocation());
    }
    return ApiResponse.ok(destination);
  }

  private ApiResponse put(ApiRequest request) {
    DestinationResponse destination = get(request.pathUuid("destinationId"));
    DestinationPutRequest put = request.body(DestinationPutRequest.class);
    destination.setName(put.getName());
    destination.setConfiguration(Configurations.copy(put.getConfiguration()));
    destination.setResourceAllocation(put.getResourceAllocation());
    return ApiResponse.ok(destination);
  }

  @Override
  public void clear() {
    destinations.clear();
  }
}
