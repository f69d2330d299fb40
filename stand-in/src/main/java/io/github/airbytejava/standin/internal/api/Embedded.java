package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.EmbeddedOrganizationListItem;
import io.github.airbytejava.generated.model.EmbeddedOrganizationsList;
import io.github.airbytejava.generated.model.EmbeddedScopedTokenRequest;
import io.github.airbytejava.generated.model.EmbeddedScopedTokenResponse;
import io.github.airbytejava.generated.model.EmbeddedWidgetRequest;
import io.github.airbytejava.generated.model.EmbeddedWidgetResponse;
import io.github.airbytejava.generated.model.OrganizationResponse;
import io.github.airbytejava.standin.internal.http.AccessTokens;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Airbyte Embedded: widget tokens, workspace-scoped tokens and the organizations the caller may
 * embed. The tokens are ordinary access tokens of the stand-in (so they authenticate like any other
 * and expire like any other); the caller is always the stand-in's own user, who sees the
 * organizations they hold a permission on.
 */
final class Embedded implements OperationGroup {
  private final Organizations organizations;
  private final Workspaces workspaces;
  private final Permissions permissions;
  private final AccessTokens tokens;
  private final UUID currentUserId;

  Embedded(
      Organizations organizations,
      Workspaces workspaces,
      Permissions permissions,
      AccessTokens tokens,
      UUID currentUserId) {
    this.organizations = organizations;
    this.workspaces = workspaces;
    this.permissions = permissions;
    this.tokens = tokens;
    this.currentUserId = currentUserId;
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "getEmbeddedWidget",
            request -> {
              EmbeddedWidgetRequest widget = request.body(EmbeddedWidgetRequest.class);
              organizations.get(widget.getOrganizationId());
              String token = tokens.issue("embedded:" + widget.getExternalUserId()).token();
              return ApiResponse.ok(new EmbeddedWidgetResponse().token(token));
            })
        .on(
            "generateEmbeddedScopedToken",
            request -> {
              UUID workspaceId = request.body(EmbeddedScopedTokenRequest.class).getWorkspaceId();
              workspaces.get(workspaceId);
              String token = tokens.issue("workspace:" + workspaceId).token();
              return ApiResponse.ok(new EmbeddedScopedTokenResponse().token(token));
            })
        .on("listEmbeddedOrganizationsByUser", request -> ApiResponse.ok(organizationsOfCaller()));
  }

  private EmbeddedOrganizationsList organizationsOfCaller() {
    List<EmbeddedOrganizationListItem> items = new ArrayList<>();
    for (OrganizationResponse organization : organizations.all()) {
      permissions
          .onOrganization(currentUserId, organization.getOrganizationId())
          .ifPresent(
              permission ->
                  items.add(
                      new EmbeddedOrganizationListItem()
                          .organizationId(organization.getOrganizationId())
                          .organizationName(organization.getOrganizationName())
                          .permission(permission)));
    }
    return new EmbeddedOrganizationsList().organizations(items);
  }

  @Override
  public void clear() {
    // Tokens live in AccessTokens; nothing else to forget.
  }
}
