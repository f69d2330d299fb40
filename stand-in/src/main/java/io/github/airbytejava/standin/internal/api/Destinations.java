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
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Destinations. Serves create, list (paged, filtered by workspace, with soft-deleted ones on
 * request), get, patch (merges the configuration's top-level keys), put (replaces it) and delete
 * (soft).
 *
 * <p>Every configuration, created, replaced or merged, must have the keys its connector requires
 * ({@link Configurations#requireKeys}). It is stored and returned as sent: the stand-in knows no
 * connector's full specification, so it cannot mask secrets the way Airbyte does.
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
    Map<String, Object> configuration =
        Configurations.checked(
            ConnectorType.DESTINATION, connector.definitionId(), request.getConfiguration());
    return destinations.insert(
        id,
        new DestinationResponse()
            .destinationId(id)
            .name(request.getName())
            .destinationType(connector.typeName())
            .definitionId(connector.definitionId())
            .workspaceId(request.getWorkspaceId())
            ._configuration(configuration)
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
    Predicate<UUID> inWorkspaces = request.uuidFilter("workspaceIds");
    List<DestinationResponse> matching =
        destinations.all(request.queryBoolean("includeDeleted", false)).stream()
            .filter(destination -> inWorkspaces.test(destination.getWorkspaceId()))
            .toList();
    Paging.Page<DestinationResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new DestinationsResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse patch(ApiRequest request) {
    DestinationResponse destination = get(request.pathUuid("destinationId"));
    DestinationPatchRequest patch = request.body(DestinationPatchRequest.class);
    // Checked before anything changes, so that a refused patch leaves the destination as it was.
    Map<String, Object> configuration =
        Configurations.patched(
            ConnectorType.DESTINATION,
            destination.getDefinitionId(),
            destination.getConfiguration(),
            patch.getConfiguration());
    if (patch.getName() != null) {
      destination.setName(patch.getName());
    }
    if (configuration != null) {
      destination.setConfiguration(configuration);
    }
    if (patch.getResourceAllocation() != null) {
      destination.setResourceAllocation(patch.getResourceAllocation());
    }
    return ApiResponse.ok(destination);
  }

  private ApiResponse put(ApiRequest request) {
    DestinationResponse destination = get(request.pathUuid("destinationId"));
    DestinationPutRequest put = request.body(DestinationPutRequest.class);
    Map<String, Object> configuration =
        Configurations.checked(
            ConnectorType.DESTINATION, destination.getDefinitionId(), put.getConfiguration());
    destination.setName(put.getName());
    destination.setConfiguration(configuration);
    destination.setResourceAllocation(put.getResourceAllocation());
    return ApiResponse.ok(destination);
  }

  @Override
  public void clear() {
    destinations.clear();
  }
}
