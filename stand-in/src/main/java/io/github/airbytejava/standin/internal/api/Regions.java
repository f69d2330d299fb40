package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.RegionCreateRequest;
import io.github.airbytejava.generated.model.RegionPatchRequest;
import io.github.airbytejava.generated.model.RegionResponse;
import io.github.airbytejava.generated.model.RegionsResponse;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.UUID;

/**
 * Regions of an organization. Serves the five {@code /regions} operations (the spec files {@code
 * createRegion} and {@code updateRegion} under the Dataplanes group; they are served here, with the
 * rest of regions).
 */
final class Regions implements OperationGroup {
  private final StateContext state;
  private final Organizations organizations;
  private final Table<UUID, RegionResponse> regions = new Table<>("region");

  Regions(StateContext state, Organizations organizations) {
    this.state = state;
    this.organizations = organizations;
  }

  /** Adds a region to an organization. */
  RegionResponse create(UUID id, RegionCreateRequest request) {
    organizations.get(request.getOrganizationId());
    String now = Timestamps.iso(state.now());
    return regions.insert(
        id,
        new RegionResponse()
            .regionId(id)
            .name(request.getName())
            .organizationId(request.getOrganizationId())
            .enabled(request.getEnabled() == null || request.getEnabled())
            .createdAt(now)
            .updatedAt(now));
  }

  /** The region, or resource-not-found. */
  RegionResponse get(UUID id) {
    return regions.get(id);
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("listRegions", this::list)
        .on(
            "createRegion",
            request ->
                ApiResponse.ok(create(state.newId(), request.body(RegionCreateRequest.class))))
        .on("getRegion", request -> ApiResponse.ok(get(request.pathUuid("regionId"))))
        .on("updateRegion", this::update)
        .on(
            "deleteRegion",
            request -> ApiResponse.ok(regions.remove(request.pathUuid("regionId"))));
  }

  private ApiResponse list(ApiRequest request) {
    UUID organizationId = request.requiredQueryUuid("organizationId");
    organizations.get(organizationId);
    return ApiResponse.ok(
        new RegionsResponse()
            .data(
                regions.live().stream()
                    .filter(region -> region.getOrganizationId().equals(organizationId))
                    .toList()));
  }

  private ApiResponse update(ApiRequest request) {
    RegionResponse region = get(request.pathUuid("regionId"));
    RegionPatchRequest patch = request.body(RegionPatchRequest.class);
    if (patch.getName() != null) {
      region.setName(patch.getName());
    }
    if (patch.getEnabled() != null) {
      region.setEnabled(patch.getEnabled());
    }
    region.setUpdatedAt(Timestamps.iso(state.now()));
    return ApiResponse.ok(region);
  }

  @Override
  public void clear() {
    regions.clear();
  }
}
