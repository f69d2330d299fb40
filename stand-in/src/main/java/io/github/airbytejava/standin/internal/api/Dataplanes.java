package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.DataplaneCreateRequest;
import io.github.airbytejava.generated.model.DataplaneCreateResponseBody;
import io.github.airbytejava.generated.model.DataplanePatchRequest;
import io.github.airbytejava.generated.model.DataplaneResponse;
import io.github.airbytejava.generated.model.DataplanesResponse;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.UUID;
import java.util.function.Predicate;

/** Dataplanes, each in a region. Serves the five {@code /dataplanes} operations. */
final class Dataplanes implements OperationGroup {
  private final StateContext state;
  private final Regions regions;
  private final Table<UUID, DataplaneResponse> dataplanes = new Table<>("dataplane");

  Dataplanes(StateContext state, Regions regions) {
    this.state = state;
    this.regions = regions;
  }

  /** Adds a dataplane to a region. */
  DataplaneResponse create(UUID id, DataplaneCreateRequest request) {
    regions.get(request.getRegionId());
    String now = Timestamps.iso(state.now());
    return dataplanes.insert(
        id,
        new DataplaneResponse()
            .dataplaneId(id)
            .name(request.getName())
            .regionId(request.getRegionId())
            .enabled(request.getEnabled() == null || request.getEnabled())
            .createdAt(now)
            .updatedAt(now));
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("listDataplanes", this::list)
        .on("createDataplane", this::createOverHttp)
        .on(
            "getDataplane",
            request -> ApiResponse.ok(dataplanes.get(request.pathUuid("dataplaneId"))))
        .on("updateDataplane", this::update)
        .on(
            "deleteDataplane",
            request -> ApiResponse.ok(dataplanes.remove(request.pathUuid("dataplaneId"))));
  }

  private ApiResponse list(ApiRequest request) {
    Predicate<UUID> inRegions = request.uuidFilter("regionIds");
    return ApiResponse.ok(
        new DataplanesResponse()
            .data(
                dataplanes.live().stream()
                    .filter(dataplane -> inRegions.test(dataplane.getRegionId()))
                    .toList()));
  }

  private ApiResponse createOverHttp(ApiRequest request) {
    DataplaneResponse created = create(state.newId(), request.body(DataplaneCreateRequest.class));
    return ApiResponse.ok(
        new DataplaneCreateResponseBody()
            .dataplaneId(created.getDataplaneId())
            .name(created.getName())
            .regionId(created.getRegionId())
            .enabled(created.getEnabled()));
  }

  private ApiResponse update(ApiRequest request) {
    DataplaneResponse dataplane = dataplanes.get(request.pathUuid("dataplaneId"));
    DataplanePatchRequest patch = request.body(DataplanePatchRequest.class);
    if (patch.getName() != null) {
      dataplane.setName(patch.getName());
    }
    if (patch.getEnabled() != null) {
      dataplane.setEnabled(patch.getEnabled());
    }
    dataplane.setUpdatedAt(Timestamps.iso(state.now()));
    return ApiResponse.ok(dataplane);
  }

  @Override
  public void clear() {
    dataplanes.clear();
  }
}
