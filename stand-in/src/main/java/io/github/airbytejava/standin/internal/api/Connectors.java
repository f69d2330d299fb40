package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectorDefinitionResponse;
import io.github.airbytejava.generated.model.ConnectorDefinitionsResponse;
import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.DefinitionResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Every connector a workspace can use, whatever defined it: built in, custom, or declarative.
 * Answers {@code listConnectorDefinitions}, and tells sources and destinations which connector a
 * create request means.
 */
final class Connectors implements OperationGroup {
  private final Workspaces workspaces;
  private final CustomDefinitions customSources;
  private final CustomDefinitions customDestinations;
  private final DeclarativeSourceDefinitions declarativeSources;

  Connectors(
      Workspaces workspaces,
      CustomDefinitions customSources,
      CustomDefinitions customDestinations,
      DeclarativeSourceDefinitions declarativeSources) {
    this.workspaces = workspaces;
    this.customSources = customSources;
    this.customDestinations = customDestinations;
    this.declarativeSources = declarativeSources;
  }

  /**
   * The connector a create request means, as Airbyte reads it: its {@code definitionId} when given,
   * else the type name in {@code configuration.sourceType} (or {@code destinationType}).
   *
   * @throws ProblemException resource-not-found for an unknown definition id, unprocessable-entity
   *     for an unknown type name, bad-request when neither is given
   */
  Resolved resolve(
      ConnectorType type,
      UUID workspaceId,
      @Nullable UUID definitionId,
      @Nullable Object configuration) {
    String kind = type.getValue();
    if (definitionId != null) {
      return byId(type, workspaceId, definitionId)
          .orElseThrow(() -> ProblemException.notFound(kind + " definition", definitionId));
    }
    String typeField = kind + "Type";
    Object typeName = configuration instanceof Map<?, ?> map ? map.get(typeField) : null;
    if (typeName == null) {
      throw ProblemException.badRequest(
          "One of configuration."
              + typeField
              + " or definitionId must be provided. Known types: "
              + String.join(", ", ConnectorCatalog.typeNames(type))
              + ".");
    }
    return ConnectorCatalog.builtIn(type, typeName.toString())
        .map(builtIn -> new Resolved(builtIn.id(), builtIn.typeName()))
        .orElseThrow(
            () ->
                ProblemException.unprocessable(
                    "Unknown "
                        + typeField
                        + " '"
                        + typeName
                        + "'. Known types: "
                        + String.join(", ", ConnectorCatalog.typeNames(type))
                        + "; or give the definitionId of a custom connector."));
  }

  private Optional<Resolved> byId(ConnectorType type, UUID workspaceId, UUID definitionId) {
    Optional<Resolved> builtIn =
        ConnectorCatalog.builtIn(type, definitionId)
            .map(found -> new Resolved(found.id(), found.typeName()));
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Optional<Resolved> customDefinition =
        customFor(type)
            .findCustom(workspaceId, definitionId)
            .map(found -> new Resolved(found.getId(), typeName(found.getName())));
    if (customDefinition.isPresent() || type != ConnectorType.SOURCE) {
      return customDefinition;
    }
    return declarativeSources
        .find(workspaceId, definitionId)
        .map(found -> new Resolved(found.getId(), typeName(found.getName())));
  }

  @Override
  public void register(OperationRegistry registry) {
    registry.on("listConnectorDefinitions", this::list);
  }

  private ApiResponse list(ApiRequest request) {
    ConnectorType type = ConnectorType.fromValue(request.query("type").orElse(""));
    if (type == ConnectorType.UNKNOWN_DEFAULT_OPEN_API) {
      throw ProblemException.badRequest("Query parameter 'type' must be source or destination.");
    }
    List<ConnectorDefinitionResponse> data = new ArrayList<>();
    ConnectorCatalog.builtIns(type)
        .forEach(
            builtIn -> data.add(definition(builtIn.id(), builtIn.name(), type, builtIn.version())));
    Optional<UUID> workspaceId = request.queryUuid("workspaceId");
    if (workspaceId.isPresent()) {
      workspaces.get(workspaceId.get());
      for (DefinitionResponse found : customFor(type).customOf(workspaceId.get())) {
        data.add(definition(found.getId(), found.getName(), type, found.getDockerImageTag()));
      }
      if (type == ConnectorType.SOURCE) {
        declarativeSources
            .of(workspaceId.get())
            .forEach(
                found ->
                    data.add(
                        definition(
                            found.getId(),
                            found.getName(),
                            type,
                            String.valueOf(found.getVersion()))));
      }
    }
    return ApiResponse.ok(new ConnectorDefinitionsResponse().data(data));
  }

  private CustomDefinitions customFor(ConnectorType type) {
    return type == ConnectorType.SOURCE ? customSources : customDestinations;
  }

  private static ConnectorDefinitionResponse definition(
      UUID id, String name, ConnectorType type, String version) {
    return new ConnectorDefinitionResponse()
        .id(id)
        .name(name)
        .connectorDefinitionType(type)
        .version(version);
  }

  /** What {@code sourceType} says for a custom connector: its name, lower-case, dashed. */
  private static String typeName(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  @Override
  public void clear() {
    // Holds no state of its own.
  }

  /**
   * A connector a create request resolved to.
   *
   * @param definitionId its definition id
   * @param typeName what {@code sourceType} / {@code destinationType} reports
   */
  record Resolved(UUID definitionId, String typeName) {}
}
