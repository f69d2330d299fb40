package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.Tag;
import io.github.airbytejava.generated.model.TagCreateRequest;
import io.github.airbytejava.generated.model.TagPatchRequest;
import io.github.airbytejava.generated.model.TagResponse;
import io.github.airbytejava.generated.model.TagsResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.annotation.Nullable;

/**
 * Tags of a workspace, unique by name within it (a duplicate is a 409, as the spec declares).
 * Connections keep tag ids and show the tags as they are now, so renaming or deleting a tag shows
 * on every connection at once.
 */
final class Tags implements OperationGroup {
  private final StateContext state;
  private final Workspaces workspaces;
  private final Table<UUID, TagResponse> tags = new Table<>("tag");

  Tags(StateContext state, Workspaces workspaces) {
    this.state = state;
    this.workspaces = workspaces;
  }

  /** Adds a tag to a workspace. */
  TagResponse create(UUID id, TagCreateRequest request) {
    workspaces.get(request.getWorkspaceId());
    requireFreeName(request.getWorkspaceId(), request.getName(), null);
    return tags.insert(
        id,
        new TagResponse()
            .tagId(id)
            .workspaceId(request.getWorkspaceId())
            .name(request.getName())
            .color(request.getColor()));
  }

  /** The live tag, or resource-not-found. */
  TagResponse get(UUID id) {
    return tags.get(id);
  }

  /** The live tag, if any. */
  Optional<TagResponse> find(UUID id) {
    return tags.find(id);
  }

  /** A tag as a connection shows it. */
  static Tag asConnectionTag(TagResponse tag) {
    return new Tag()
        .tagId(tag.getTagId())
        .workspaceId(tag.getWorkspaceId())
        .name(tag.getName())
        .color(tag.getColor());
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("listTags", this::list)
        .on(
            "createTag",
            request -> ApiResponse.ok(create(state.newId(), request.body(TagCreateRequest.class))))
        .on("getTag", request -> ApiResponse.ok(get(request.pathUuid("tagId"))))
        .on("updateTag", this::update)
        .on(
            "deleteTag",
            request -> {
              tags.remove(request.pathUuid("tagId"));
              return ApiResponse.noContent();
            });
  }

  private ApiResponse list(ApiRequest request) {
    Predicate<UUID> inWorkspaces = request.uuidFilter("workspaceIds");
    List<TagResponse> data =
        tags.live().stream().filter(tag -> inWorkspaces.test(tag.getWorkspaceId())).toList();
    return ApiResponse.ok(new TagsResponse().data(data));
  }

  private ApiResponse update(ApiRequest request) {
    TagResponse tag = get(request.pathUuid("tagId"));
    TagPatchRequest patch = request.body(TagPatchRequest.class);
    requireFreeName(tag.getWorkspaceId(), patch.getName(), tag.getTagId());
    tag.setName(patch.getName());
    tag.setColor(patch.getColor());
    return ApiResponse.ok(tag);
  }

  private void requireFreeName(UUID workspaceId, String name, @Nullable UUID except) {
    boolean taken =
        tags.live().stream()
            .anyMatch(
                tag ->
                    tag.getWorkspaceId().equals(workspaceId)
                        && tag.getName().equals(name)
                        && !Objects.equals(tag.getTagId(), except));
    if (taken) {
      throw ProblemException.conflict(
          "Workspace " + workspaceId + " already has a tag named '" + name + "'.");
    }
  }

  @Override
  public void clear() {
    tags.clear();
  }
}
