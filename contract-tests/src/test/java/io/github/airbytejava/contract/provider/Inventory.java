package io.github.airbytejava.contract.provider;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.ApplicationRead;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectionsResponse;
import io.github.airbytejava.generated.model.DataplaneResponse;
import io.github.airbytejava.generated.model.DestinationResponse;
import io.github.airbytejava.generated.model.DestinationsResponse;
import io.github.airbytejava.generated.model.GroupResponse;
import io.github.airbytejava.generated.model.GroupsResponse;
import io.github.airbytejava.generated.model.PermissionResponseRead;
import io.github.airbytejava.generated.model.RegionResponse;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.SourcesResponse;
import io.github.airbytejava.generated.model.TagResponse;
import io.github.airbytejava.generated.model.WorkspaceResponse;
import io.github.airbytejava.generated.model.WorkspacesResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The live resources of a stand-in, by kind: taken before and after an interaction, the two must
 * be equal once its clean-up has run, which shows the clean-up removes everything states and
 * requests create. Only for the stand-in: in a real deployment others create things too.
 *
 * @param idsByKind ids of live resources, by kind
 */
record Inventory(Map<String, Set<String>> idsByKind) {

  /** What the provider holds now, as seen through its public API. */
  static Inventory of(ProviderUnderTest provider) {
    AirbyteClient client = provider.client();
    Map<String, Set<String>> ids = new TreeMap<>();
    ids.put("workspaces", ids(client.paginate(
        (limit, offset) -> client.workspaces().listWorkspaces(null, false, limit, offset), WorkspacesResponse::getData)
        .map(WorkspaceResponse::getWorkspaceId)));
    ids.put("sources", ids(client.paginate(
        (limit, offset) -> client.sources().listSources(null, false, limit, offset), SourcesResponse::getData)
        .map(SourceResponse::getSourceId)));
    ids.put("destinations", ids(client.paginate(
        (limit, offset) -> client.destinations().listDestinations(null, false, limit, offset),
        DestinationsResponse::getData).map(DestinationResponse::getDestinationId)));
    ids.put("connections", ids(client.paginate(
        (limit, offset) -> client.connections().listConnections(null, null, false, limit, offset),
        ConnectionsResponse::getData).map(ConnectionResponse::getConnectionId)));
    ids.put("tags", ids(client.tags().listTags((List<UUID>) null).getData().stream().map(TagResponse::getTagId)));
    ids.put("applications", ids(client.applications().listApplications().getApplications().stream()
        .map(ApplicationRead::getId)));
    ids.put("groups", ids(client.paginate(
        (limit, offset) -> client.groups().listGroups(provider.organizationId(), limit, offset),
        GroupsResponse::getData).map(GroupResponse::getGroupId)));
    ids.put("regions", ids(client.regions().listRegions(provider.organizationId()).getData().stream()
        .map(RegionResponse::getRegionId)));
    ids.put("dataplanes", ids(client.dataplanes().listDataplanes((List<UUID>) null).getData().stream()
        .map(DataplaneResponse::getDataplaneId)));
    ids.put("permissions of the member user", ids(client.permissions()
        .listPermissions(provider.memberUserId(), null).getData().stream()
        .map(PermissionResponseRead::getPermissionId)));
    return new Inventory(ids);
  }

  private static Set<String> ids(Stream<?> ids) {
    return ids.map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
  }
}
