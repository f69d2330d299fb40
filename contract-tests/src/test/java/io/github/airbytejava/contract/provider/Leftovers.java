package io.github.airbytejava.contract.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.ActorTypeEnum;
import io.github.airbytejava.generated.model.ApplicationRead;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectionsResponse;
import io.github.airbytejava.generated.model.DataplaneResponse;
import io.github.airbytejava.generated.model.DeclarativeSourceDefinitionResponse;
import io.github.airbytejava.generated.model.DefinitionResponse;
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
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Removes what a replayed request itself creates, such as the workspace of "create a workspace in
 * an organization", which no provider state knows about.
 *
 * <p>Before the request goes out, it lists the resources of the kind the request creates that
 * carry the request's name (or, for permissions, belong to the request's user); at clean-up it
 * deletes those of that kind and name that were not there before. A resource someone else has is
 * never touched: it was either there before, or has another name. Requests that create inside a
 * workspace made by a provider state are covered too, so nothing is left in a deleted workspace.
 */
final class Leftovers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEFINITIONS =
      Pattern.compile("/workspaces/([0-9a-f-]{36})/definitions/(sources|destinations|declarative_sources)");
  private static final Pattern ORGANIZATION_OAUTH = Pattern.compile("/organizations/([0-9a-f-]{36})/oauthCredentials");

  private final ProviderUnderTest provider;
  private final AirbyteClient client;

  Leftovers(ProviderUnderTest provider) {
    this.provider = provider;
    this.client = provider.client();
  }

  /**
   * Registers with {@code fixtures} the removal of whatever {@code request} is about to create.
   *
   * @param request the request as it will be sent, with the provider's ids in it
   * @param apiPath its path relative to the API base path, without query
   */
  void watch(HttpRequest request, String apiPath, Fixtures fixtures) {
    if (request.getMethod().equals("PUT")) {
      Matcher organization = ORGANIZATION_OAUTH.matcher(apiPath);
      if (organization.matches()) {
        UUID organizationId = UUID.fromString(organization.group(1));
        String sourceType = body(request).path("name").asText();
        fixtures.onCleanUp("OAuth credentials the request set on organization " + organizationId,
            () -> client.organizations().deleteOrganizationOAuthCredentials(organizationId, ActorTypeEnum.SOURCE,
                sourceType));
      }
      return;
    }
    if (!request.getMethod().equals("POST")) {
      return;
    }
    JsonNode body = body(request);
    String name = body.path("name").asText(null);
    switch (apiPath) {
      case "/workspaces" -> sweep(fixtures, "workspaces",
          () -> ids(workspaces(), name, WorkspaceResponse::getName, WorkspaceResponse::getWorkspaceId),
          id -> client.workspaces().deleteWorkspace(UUID.fromString(id)));
      case "/applications" -> sweep(fixtures, "applications",
          () -> ids(client.applications().listApplications().getApplications().stream(), name,
              ApplicationRead::getName, ApplicationRead::getId),
          id -> client.applications().deleteApplication(id));
      case "/groups" -> sweep(fixtures, "groups",
          () -> ids(groups(), name, GroupResponse::getName, GroupResponse::getGroupId),
          id -> client.groups().deleteGroup(UUID.fromString(id)));
      case "/regions" -> sweep(fixtures, "regions",
          () -> ids(client.regions().listRegions(provider.organizationId()).getData().stream(), name,
              RegionResponse::getName, RegionResponse::getRegionId),
          id -> client.regions().deleteRegion(UUID.fromString(id)));
      case "/dataplanes" -> sweep(fixtures, "dataplanes",
          () -> ids(client.dataplanes().listDataplanes(List.of(uuid(body, "regionId"))).getData().stream(), name,
              DataplaneResponse::getName, DataplaneResponse::getDataplaneId),
          id -> client.dataplanes().deleteDataplane(UUID.fromString(id)));
      case "/sources" -> sweep(fixtures, "sources",
          () -> ids(sources(uuid(body, "workspaceId")), name, SourceResponse::getName, SourceResponse::getSourceId),
          id -> client.sources().deleteSource(UUID.fromString(id)));
      case "/destinations" -> sweep(fixtures, "destinations",
          () -> ids(destinations(uuid(body, "workspaceId")), name, DestinationResponse::getName,
              DestinationResponse::getDestinationId),
          id -> client.destinations().deleteDestination(UUID.fromString(id)));
      case "/tags" -> sweep(fixtures, "tags",
          () -> ids(client.tags().listTags(List.of(uuid(body, "workspaceId"))).getData().stream(), name,
              TagResponse::getName, TagResponse::getTagId),
          id -> client.tags().deleteTag(UUID.fromString(id)));
      case "/connections" -> {
        UUID workspaceId = client.sources().getSource(uuid(body, "sourceId"), (Boolean) null).getWorkspaceId();
        sweep(fixtures, "connections",
            () -> ids(connections(workspaceId), name, ConnectionResponse::getName, ConnectionResponse::getConnectionId),
            id -> client.connections().deleteConnection(UUID.fromString(id)));
      }
      case "/permissions" -> sweep(fixtures, "permissions",
          () -> ids(client.permissions().listPermissions(uuid(body, "userId"), null).getData().stream(), null,
              permission -> null, PermissionResponseRead::getPermissionId),
          id -> client.permissions().deletePermission(UUID.fromString(id)));
      default -> watchDefinitions(apiPath, name, fixtures);
    }
  }

  private void watchDefinitions(String apiPath, String name, Fixtures fixtures) {
    Matcher definitions = DEFINITIONS.matcher(apiPath);
    if (!definitions.matches()) {
      return;
    }
    UUID workspaceId = UUID.fromString(definitions.group(1));
    switch (definitions.group(2)) {
      case "sources" -> sweep(fixtures, "source definitions",
          () -> ids(client.sourceDefinitions().listSourceDefinitions(workspaceId).getData().stream(), name,
              DefinitionResponse::getName, DefinitionResponse::getId),
          id -> client.sourceDefinitions().deleteSourceDefinition(workspaceId, UUID.fromString(id)));
      case "destinations" -> sweep(fixtures, "destination definitions",
          () -> ids(client.destinationDefinitions().listDestinationDefinitions(workspaceId).getData().stream(), name,
              DefinitionResponse::getName, DefinitionResponse::getId),
          id -> client.destinationDefinitions().deleteDestinationDefinition(workspaceId, UUID.fromString(id)));
      default -> sweep(fixtures, "declarative source definitions",
          () -> ids(client.declarativeSourceDefinitions().listDeclarativeSourceDefinitions(workspaceId).getData()
                  .stream(), name,
              DeclarativeSourceDefinitionResponse::getName, DeclarativeSourceDefinitionResponse::getId),
          id -> client.declarativeSourceDefinitions()
              .deleteDeclarativeSourceDefinition(workspaceId, UUID.fromString(id)));
    }
  }

  private Stream<WorkspaceResponse> workspaces() {
    return client.paginate((limit, offset) -> client.workspaces().listWorkspaces(null, false, limit, offset),
        WorkspacesResponse::getData);
  }

  private Stream<GroupResponse> groups() {
    return client.paginate((limit, offset) -> client.groups().listGroups(provider.organizationId(), limit, offset),
        GroupsResponse::getData);
  }

  private Stream<SourceResponse> sources(UUID workspaceId) {
    return client.paginate(
        (limit, offset) -> client.sources().listSources(List.of(workspaceId), false, limit, offset),
        SourcesResponse::getData);
  }

  private Stream<DestinationResponse> destinations(UUID workspaceId) {
    return client.paginate(
        (limit, offset) -> client.destinations().listDestinations(List.of(workspaceId), false, limit, offset),
        DestinationsResponse::getData);
  }

  private Stream<ConnectionResponse> connections(UUID workspaceId) {
    return client.paginate(
        (limit, offset) -> client.connections().listConnections(List.of(workspaceId), null, false, limit, offset),
        ConnectionsResponse::getData);
  }

  /** The ids of the items named {@code name} (of all items when it is null), as text. */
  private static <T> Set<String> ids(Stream<T> items, String name, Function<T, String> nameOf, Function<T, ?> idOf) {
    return items.filter(item -> name == null || name.equals(nameOf.apply(item)))
        .map(item -> String.valueOf(idOf.apply(item)))
        .collect(Collectors.toSet());
  }

  /** Lists now, and registers the deletion of whatever the listing shows later that it did not show now. */
  private static void sweep(Fixtures fixtures, String kind, Supplier<Set<String>> list, Consumer<String> delete) {
    Set<String> before = list.get();
    fixtures.onCleanUp(kind + " the request created", () -> {
      Set<String> created = new HashSet<>(list.get());
      created.removeAll(before);
      for (String id : created) {
        try {
          delete.accept(id);
        } catch (AirbyteApiException e) {
          if (!Fixtures.isGone(e)) {
            throw e;
          }
        }
      }
    });
  }

  private static UUID uuid(JsonNode body, String field) {
    return UUID.fromString(body.path(field).asText());
  }

  private static JsonNode body(HttpRequest request) {
    if (!(request instanceof ClassicHttpRequest classic) || classic.getEntity() == null) {
      return JSON.missingNode();
    }
    HttpEntity entity = classic.getEntity();
    try {
      return JSON.readTree(EntityUtils.toString(entity));
    } catch (IOException | ParseException e) {
      return JSON.missingNode();
    }
  }
}
