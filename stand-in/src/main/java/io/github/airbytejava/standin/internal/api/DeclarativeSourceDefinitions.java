package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.CreateDeclarativeSourceDefinitionRequest;
import io.github.airbytejava.generated.model.DeclarativeSourceDefinitionResponse;
import io.github.airbytejava.generated.model.DeclarativeSourceDefinitionsResponse;
import io.github.airbytejava.generated.model.UpdateDeclarativeSourceDefinitionRequest;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Low-code (declarative) source definitions of a workspace: a manifest and a version that each
 * update raises. A source can be created from one by its id.
 */
final class DeclarativeSourceDefinitions implements OperationGroup {
  private static final String RESOURCE = "declarative source definition";

  private final StateContext state;
  private final Workspaces workspaces;
  private final Table<UUID, Declarative> definitions = new Table<>(RESOURCE);

  DeclarativeSourceDefinitions(StateContext state, Workspaces workspaces) {
    this.state = state;
    this.workspaces = workspaces;
  }

  /** Adds a declarative definition, at version 1. */
  DeclarativeSourceDefinitionResponse create(
      UUID id, UUID workspaceId, CreateDeclarativeSourceDefinitionRequest request) {
    workspaces.get(workspaceId);
    DeclarativeSourceDefinitionResponse definition =
        new DeclarativeSourceDefinitionResponse()
            .id(id)
            .name(request.getName())
            .manifest(request.getManifest())
            .version(1L);
    definitions.insert(id, new Declarative(workspaceId, definition));
    return definition;
  }

  /** The workspace's declarative definition with this id, if any. */
  Optional<DeclarativeSourceDefinitionResponse> find(UUID workspaceId, UUID definitionId) {
    return definitions
        .find(definitionId)
        .filter(declarative -> declarative.workspaceId.equals(workspaceId))
        .map(Declarative::definition);
  }

  /** The declarative definitions of a workspace, oldest first. */
  List<DeclarativeSourceDefinitionResponse> of(UUID workspaceId) {
    return definitions.live().stream()
        .filter(declarative -> declarative.workspaceId.equals(workspaceId))
        .map(Declarative::definition)
        .toList();
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "listDeclarativeSourceDefinitions",
            request -> {
              UUID workspaceId = request.pathUuid("workspaceId");
              workspaces.get(workspaceId);
              return ApiResponse.ok(
                  new DeclarativeSourceDefinitionsResponse().data(of(workspaceId)));
            })
        .on(
            "createDeclarativeSourceDefinition",
            request ->
                ApiResponse.ok(
                    create(
                        state.newId(),
                        request.pathUuid("workspaceId"),
                        request.body(CreateDeclarativeSourceDefinitionRequest.class))))
        .on("getDeclarativeSourceDefinition", request -> ApiResponse.ok(get(request)))
        .on("updateDeclarativeSourceDefinition", this::update)
        .on(
            "deleteDeclarativeSourceDefinition",
            request -> {
              DeclarativeSourceDefinitionResponse definition = get(request);
              definitions.remove(definition.getId());
              return ApiResponse.ok(definition);
            });
  }

  private DeclarativeSourceDefinitionResponse get(ApiRequest request) {
    UUID workspaceId = request.pathUuid("workspaceId");
    UUID definitionId = request.pathUuid("definitionId");
    workspaces.get(workspaceId);
    return find(workspaceId, definitionId)
        .orElseThrow(() -> ProblemException.notFound(RESOURCE, definitionId));
  }

  private ApiResponse update(ApiRequest request) {
    DeclarativeSourceDefinitionResponse definition = get(request);
    definition.setManifest(
        request.body(UpdateDeclarativeSourceDefinitionRequest.class).getManifest());
    definition.setVersion(definition.getVersion() + 1);
    return ApiResponse.ok(definition);
  }

  @Override
  public void clear() {
    definitions.clear();
  }

  private record Declarative(UUID workspaceId, DeclarativeSourceDefinitionResponse definition) {}
}
