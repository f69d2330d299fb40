package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.CreateDefinitionRequest;
import io.github.airbytejava.generated.model.DefinitionResponse;
import io.github.airbytejava.generated.model.DefinitionsResponse;
import io.github.airbytejava.generated.model.UpdateDefinitionRequest;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A workspace's connector definitions of one type: the built-in ones (read-only) and the custom
 * ones it created. One instance serves the SourceDefinitions group, another the
 * DestinationDefinitions group: the two are the same five operations on a different noun.
 */
final class CustomDefinitions implements OperationGroup {
  private final StateContext state;
  private final Workspaces workspaces;
  private final ConnectorType type;
  private final String noun;
  private final String resource;
  private final Table<UUID, Custom> definitions;

  /**
   * Definitions of one type.
   *
   * @param type source or destination
   */
  CustomDefinitions(StateContext state, Workspaces workspaces, ConnectorType type) {
    this.state = state;
    this.workspaces = workspaces;
    this.type = type;
    // How the operation ids spell the type: Source in listSourceDefinitions.
    this.noun = Character.toUpperCase(type.getValue().charAt(0)) + type.getValue().substring(1);
    this.resource = type.getValue() + " definition";
    this.definitions = new Table<>(resource);
  }

  /** Adds a custom definition to a workspace. */
  DefinitionResponse create(UUID id, UUID workspaceId, CreateDefinitionRequest request) {
    workspaces.get(workspaceId);
    DefinitionResponse definition =
        new DefinitionResponse()
            .id(id)
            .name(request.getName())
            .dockerRepository(request.getDockerRepository())
            .dockerImageTag(request.getDockerImageTag())
            .documentationUrl(
                request.getDocumentationUrl() == null
                    ? null
                    : request.getDocumentationUrl().toString());
    definitions.insert(id, new Custom(workspaceId, definition));
    return definition;
  }

  /** The workspace's custom definition with this id, if any. */
  Optional<DefinitionResponse> findCustom(UUID workspaceId, UUID definitionId) {
    return definitions
        .find(definitionId)
        .filter(custom -> custom.workspaceId.equals(workspaceId))
        .map(Custom::definition);
  }

  /** The custom definitions of a workspace, oldest first. */
  List<DefinitionResponse> customOf(UUID workspaceId) {
    return definitions.live().stream()
        .filter(custom -> custom.workspaceId.equals(workspaceId))
        .map(Custom::definition)
        .toList();
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("list" + noun + "Definitions", this::list)
        .on(
            "create" + noun + "Definition",
            request ->
                ApiResponse.ok(
                    create(
                        state.newId(),
                        request.pathUuid("workspaceId"),
                        request.body(CreateDefinitionRequest.class))))
        .on("get" + noun + "Definition", request -> ApiResponse.ok(get(request)))
        .on("update" + noun + "Definition", this::update)
        .on("delete" + noun + "Definition", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    UUID workspaceId = request.pathUuid("workspaceId");
    workspaces.get(workspaceId);
    List<DefinitionResponse> data = new ArrayList<>();
    ConnectorCatalog.builtIns(type).forEach(builtIn -> data.add(builtIn.toDefinition()));
    data.addAll(customOf(workspaceId));
    return ApiResponse.ok(new DefinitionsResponse().data(data));
  }

  private DefinitionResponse get(ApiRequest request) {
    UUID workspaceId = request.pathUuid("workspaceId");
    UUID definitionId = request.pathUuid("definitionId");
    workspaces.get(workspaceId);
    return ConnectorCatalog.builtIn(type, definitionId)
        .map(ConnectorCatalog.BuiltIn::toDefinition)
        .or(() -> findCustom(workspaceId, definitionId))
        .orElseThrow(() -> ProblemException.notFound(resource, definitionId));
  }

  private ApiResponse update(ApiRequest request) {
    DefinitionResponse definition = custom(request);
    UpdateDefinitionRequest update = request.body(UpdateDefinitionRequest.class);
    definition.setName(update.getName());
    definition.setDockerImageTag(update.getDockerImageTag());
    return ApiResponse.ok(definition);
  }

  private ApiResponse delete(ApiRequest request) {
    DefinitionResponse definition = custom(request);
    definitions.remove(definition.getId());
    return ApiResponse.ok(definition);
  }

  /** The custom definition the request names; built-in ones may be read but not changed. */
  private DefinitionResponse custom(ApiRequest request) {
    UUID workspaceId = request.pathUuid("workspaceId");
    UUID definitionId = request.pathUuid("definitionId");
    workspaces.get(workspaceId);
    if (ConnectorCatalog.builtIn(type, definitionId).isPresent()) {
      throw ProblemException.forbidden(
          "Definition "
              + definitionId
              + " is built in; only custom definitions can be changed or deleted.");
    }
    return findCustom(workspaceId, definitionId)
        .orElseThrow(() -> ProblemException.notFound(resource, definitionId));
  }

  @Override
  public void clear() {
    definitions.clear();
  }

  private record Custom(UUID workspaceId, DefinitionResponse definition) {}
}
