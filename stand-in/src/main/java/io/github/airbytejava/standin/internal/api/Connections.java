package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.AirbyteApiConnectionSchedule;
import io.github.airbytejava.generated.model.ConnectionCreateRequest;
import io.github.airbytejava.generated.model.ConnectionPatchRequest;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectionScheduleResponse;
import io.github.airbytejava.generated.model.ConnectionStatusEnum;
import io.github.airbytejava.generated.model.ConnectionsResponse;
import io.github.airbytejava.generated.model.DestinationResponse;
import io.github.airbytejava.generated.model.NamespaceDefinitionEnum;
import io.github.airbytejava.generated.model.NonBreakingSchemaUpdatesBehaviorEnum;
import io.github.airbytejava.generated.model.ScheduleTypeEnum;
import io.github.airbytejava.generated.model.ScheduleTypeWithBasicEnum;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.StreamConfiguration;
import io.github.airbytejava.generated.model.StreamConfigurations;
import io.github.airbytejava.generated.model.StreamProperties;
import io.github.airbytejava.generated.model.Tag;
import io.github.airbytejava.generated.model.TagResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.http.Paging;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Connections between a source and a destination of one workspace. Serves create, list (paged,
 * filtered by workspace and tag), get, patch and delete. A deleted connection is kept with status
 * {@code deprecated}, as Airbyte keeps it, and listed again with {@code includeDeleted}.
 *
 * <p>A connection created without stream configurations gets every stream its source discovers (see
 * {@link ConnectorCatalog#streams}); configurations naming a stream the source does not have are
 * refused, and so is a cron schedule whose expression is not Quartz's ({@link QuartzCron}).
 */
final class Connections implements OperationGroup {
  private final StateContext state;
  private final Sources sources;
  private final Destinations destinations;
  private final Tags tags;
  private final Table<UUID, Connection> connections = new Table<>("connection");

  Connections(StateContext state, Sources sources, Destinations destinations, Tags tags) {
    this.state = state;
    this.sources = sources;
    this.destinations = destinations;
    this.tags = tags;
  }

  /** Adds a connection. */
  ConnectionResponse create(UUID id, ConnectionCreateRequest request) {
    SourceResponse source = sources.get(request.getSourceId());
    DestinationResponse destination = destinations.get(request.getDestinationId());
    if (!source.getWorkspaceId().equals(destination.getWorkspaceId())) {
      throw ProblemException.badRequest(
          "Source "
              + source.getSourceId()
              + " and destination "
              + destination.getDestinationId()
              + " are in different workspaces; a connection joins two of the same workspace.");
    }
    ConnectionResponse response =
        new ConnectionResponse()
            .connectionId(id)
            .name(
                request.getName() == null
                    ? source.getName() + " → " + destination.getName()
                    : request.getName())
            .sourceId(source.getSourceId())
            .destinationId(destination.getDestinationId())
            .workspaceId(source.getWorkspaceId())
            .status(request.getStatus() == null ? ConnectionStatusEnum.ACTIVE : request.getStatus())
            .schedule(schedule(request.getSchedule()))
            .nonBreakingSchemaUpdatesBehavior(
                request.getNonBreakingSchemaUpdatesBehavior() == null
                    ? NonBreakingSchemaUpdatesBehaviorEnum.IGNORE
                    : request.getNonBreakingSchemaUpdatesBehavior())
            .namespaceDefinition(
                request.getNamespaceDefinition() == null
                    ? NamespaceDefinitionEnum.DESTINATION
                    : request.getNamespaceDefinition())
            .namespaceFormat(request.getNamespaceFormat())
            .prefix(request.getPrefix() == null ? "" : request.getPrefix())
            .configurations(configurations(source, request.getConfigurations()))
            .createdAt(Timestamps.epochSeconds(state.now()));
    connections.insert(
        id, new Connection(response, tagIds(source.getWorkspaceId(), request.getTags())));
    return get(id);
  }

  /** The live connection, or resource-not-found. */
  ConnectionResponse get(UUID id) {
    return render(connections.get(id));
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "createConnection",
            request ->
                ApiResponse.ok(create(state.newId(), request.body(ConnectionCreateRequest.class))))
        .on("listConnections", this::list)
        .on("getConnection", request -> ApiResponse.ok(get(request.pathUuid("connectionId"))))
        .on("patchConnection", this::patch)
        .on(
            "deleteConnection",
            request -> {
              Connection connection = connections.softDelete(request.pathUuid("connectionId"));
              connection.response.setStatus(ConnectionStatusEnum.DEPRECATED);
              return ApiResponse.noContent();
            });
  }

  private ApiResponse list(ApiRequest request) {
    Predicate<UUID> inWorkspaces = request.uuidFilter("workspaceIds");
    Set<UUID> tagIds = Set.copyOf(request.queryUuids("tagIds"));
    List<ConnectionResponse> matching = new ArrayList<>();
    for (Connection connection : connections.all(request.queryBoolean("includeDeleted", false))) {
      ConnectionResponse response = render(connection);
      boolean inWorkspace = inWorkspaces.test(response.getWorkspaceId());
      boolean tagged =
          tagIds.isEmpty()
              || response.getTags().stream().anyMatch(tag -> tagIds.contains(tag.getTagId()));
      if (inWorkspace && tagged) {
        matching.add(response);
      }
    }
    Paging.Page<ConnectionResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new ConnectionsResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private ApiResponse patch(ApiRequest request) {
    UUID id = request.pathUuid("connectionId");
    Connection connection = connections.get(id);
    ConnectionResponse response = connection.response;
    // The generated model fills absent lists with [], so ask the JSON which fields were really
    // sent.
    ConnectionPatchRequest patch = request.body(ConnectionPatchRequest.class);
    // What can be refused is worked out before anything changes, so that a refused patch leaves
    // the connection as it was.
    StreamConfigurations configurations =
        patch.getConfigurations() == null
            ? null
            : configurations(sources.get(response.getSourceId()), patch.getConfigurations());
    ConnectionScheduleResponse schedule =
        patch.getSchedule() == null ? null : schedule(patch.getSchedule());
    List<UUID> tagIds =
        request.bodyHas("tags") ? tagIds(response.getWorkspaceId(), patch.getTags()) : null;
    if (patch.getName() != null) {
      response.setName(patch.getName());
    }
    if (configurations != null) {
      response.setConfigurations(configurations);
    }
    if (schedule != null) {
      response.setSchedule(schedule);
    }
    if (patch.getNamespaceDefinition() != null) {
      response.setNamespaceDefinition(
          NamespaceDefinitionEnum.fromValue(patch.getNamespaceDefinition().getValue()));
    }
    if (request.bodyHas("namespaceFormat")) {
      response.setNamespaceFormat(patch.getNamespaceFormat());
    }
    if (patch.getPrefix() != null) {
      response.setPrefix(patch.getPrefix());
    }
    if (patch.getNonBreakingSchemaUpdatesBehavior() != null) {
      response.setNonBreakingSchemaUpdatesBehavior(
          NonBreakingSchemaUpdatesBehaviorEnum.fromValue(
              patch.getNonBreakingSchemaUpdatesBehavior().getValue()));
    }
    if (patch.getStatus() != null) {
      response.setStatus(patch.getStatus());
    }
    if (tagIds != null) {
      connection.tagIds.clear();
      connection.tagIds.addAll(tagIds);
    }
    return ApiResponse.ok(get(id));
  }

  /** The stored response with the tags as they are now (a tag deleted since is left out). */
  private ConnectionResponse render(Connection connection) {
    List<Tag> current = new ArrayList<>();
    for (UUID tagId : connection.tagIds) {
      tags.find(tagId).map(Tags::asConnectionTag).ifPresent(current::add);
    }
    connection.response.setTags(current);
    return connection.response;
  }

  private List<UUID> tagIds(UUID workspaceId, @Nullable List<Tag> requested) {
    List<UUID> result = new ArrayList<>();
    if (requested == null) {
      return result;
    }
    for (Tag tag : requested) {
      TagResponse found = tags.get(tag.getTagId());
      if (!found.getWorkspaceId().equals(workspaceId)) {
        throw ProblemException.badRequest(
            "Tag "
                + found.getTagId()
                + " belongs to workspace "
                + found.getWorkspaceId()
                + ", not to the connection's workspace "
                + workspaceId
                + ".");
      }
      if (!result.contains(found.getTagId())) {
        result.add(found.getTagId());
      }
    }
    return result;
  }

  private static ConnectionScheduleResponse schedule(
      @Nullable AirbyteApiConnectionSchedule requested) {
    if (requested == null || requested.getScheduleType() == ScheduleTypeEnum.MANUAL) {
      return new ConnectionScheduleResponse().scheduleType(ScheduleTypeWithBasicEnum.MANUAL);
    }
    String cron = requested.getCronExpression();
    if (cron == null || cron.isBlank()) {
      throw ProblemException.badRequest(
          "A cron schedule needs a cronExpression, e.g. '0 0 12 * * ?'.");
    }
    Optional<String> problem = QuartzCron.problem(cron);
    if (problem.isPresent()) {
      throw ProblemException.badRequest(
          "'"
              + cron
              + "' is not a Quartz cron expression: "
              + problem.get()
              + ". Quartz takes "
              + QuartzCron.LAYOUT
              + ", e.g. '0 0 12 * * ?' for every day at noon.");
    }
    return new ConnectionScheduleResponse()
        .scheduleType(ScheduleTypeWithBasicEnum.CRON)
        .cronExpression(cron);
  }

  private static StreamConfigurations configurations(
      SourceResponse source, @Nullable StreamConfigurations requested) {
    List<StreamProperties> discovered = ConnectorCatalog.streams(source.getSourceType());
    if (requested == null || requested.getStreams() == null || requested.getStreams().isEmpty()) {
      List<StreamConfiguration> all = new ArrayList<>();
      discovered.forEach(stream -> all.add(ConnectorCatalog.defaultConfiguration(stream)));
      return new StreamConfigurations().streams(all);
    }
    Set<String> known =
        discovered.stream().map(StreamProperties::getStreamName).collect(Collectors.toSet());
    for (StreamConfiguration stream : requested.getStreams()) {
      if (!known.contains(stream.getName())) {
        throw ProblemException.badRequest(
            "Source "
                + source.getSourceId()
                + " has no stream '"
                + stream.getName()
                + "'. Its streams: "
                + String.join(", ", known.stream().sorted().toList())
                + " (see GET /streams?sourceId=...).");
      }
    }
    return requested;
  }

  @Override
  public void clear() {
    connections.clear();
  }

  private record Connection(ConnectionResponse response, List<UUID> tagIds) {
    Connection {
      tagIds = new ArrayList<>(tagIds);
    }
  }
}
