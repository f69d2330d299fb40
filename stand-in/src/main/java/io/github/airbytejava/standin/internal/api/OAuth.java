package io.github.airbytejava.standin.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.InitiateOauthRequest;
import io.github.airbytejava.generated.model.OrganizationOAuthCredentialsRequest;
import io.github.airbytejava.generated.model.WorkspaceOAuthCredentialsRequest;
import io.github.airbytejava.standin.internal.Json;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.ProblemKind;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * OAuth: the consent flow for sources and the OAuth app credentials that workspaces and
 * organizations override.
 *
 * <p>Only sources whose connector authorizes through OAuth ({@link ConnectorCatalog.BuiltIn#oauth},
 * e.g. {@code google-ads}) can start the flow, as on Airbyte; a Postgres source cannot.
 *
 * <p>The stand-in plays the identity provider too. {@code initiateOAuth} answers with a consent URL
 * that points straight back at the stand-in's {@code /oauth/callback}; following it "consents" and
 * redirects to the caller's {@code redirectUrl} with a {@code secret_id}, which {@code
 * createSource} accepts. The answer's field is {@code consentUrl}, what Airbyte's server sends (the
 * spec's prose says {@code redirect_url}, but declares no schema).
 */
final class OAuth implements OperationGroup {
  private final StateContext state;
  private final Workspaces workspaces;
  private final Organizations organizations;
  private final Map<String, String> pendingFlows = new HashMap<>();
  private final Map<CredentialsKey, Object> credentials = new HashMap<>();

  OAuth(StateContext state, Workspaces workspaces, Organizations organizations) {
    this.state = state;
    this.workspaces = workspaces;
    this.organizations = organizations;
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("initiateOAuth", this::initiate)
        .on("oauthCallback", this::callback)
        .on(
            "createOrUpdateWorkspaceOAuthCredentials",
            request -> {
              UUID workspaceId = request.pathUuid("workspaceId");
              workspaces.get(workspaceId);
              WorkspaceOAuthCredentialsRequest body =
                  request.body(WorkspaceOAuthCredentialsRequest.class);
              credentials.put(
                  new CredentialsKey(workspaceId, body.getActorType().getValue(), body.getName()),
                  body.getConfiguration());
              return ApiResponse.okEmpty();
            })
        .on("deleteWorkspaceOAuthCredentials", request -> deleteCredentials(request, "workspaceId"))
        .on(
            "createOrUpdateOrganizationOAuthCredentials",
            request -> {
              UUID organizationId = request.pathUuid("organizationId");
              organizations.get(organizationId);
              OrganizationOAuthCredentialsRequest body =
                  request.body(OrganizationOAuthCredentialsRequest.class);
              credentials.put(
                  new CredentialsKey(
                      organizationId, body.getActorType().getValue(), body.getName()),
                  body.getConfiguration());
              return ApiResponse.okEmpty();
            })
        .on(
            "deleteOrganizationOAuthCredentials",
            request -> deleteCredentials(request, "organizationId"));
  }

  private ApiResponse initiate(ApiRequest request) {
    InitiateOauthRequest initiate = request.body(InitiateOauthRequest.class);
    workspaces.get(initiate.getWorkspaceId());
    String sourceType =
        initiate.getSourceType() != null ? initiate.getSourceType() : initiate.getName();
    boolean oauth =
        sourceType != null
            && ConnectorCatalog.builtIn(ConnectorType.SOURCE, sourceType)
                .map(ConnectorCatalog.BuiltIn::oauth)
                .orElse(false);
    if (!oauth) {
      throw ProblemException.unprocessable(
          (sourceType == null
                  ? ""
                  : "Source type '" + sourceType + "' cannot authorize through OAuth. ")
              + "Give the sourceType of a source that does: "
              + String.join(", ", ConnectorCatalog.oauthSourceTypes())
              + ".");
    }
    requireAbsoluteUrl(initiate.getRedirectUrl());
    String flow = state.newId().toString();
    pendingFlows.put(flow, initiate.getRedirectUrl());
    ObjectNode body = Json.mapper().createObjectNode();
    body.put(
        "consentUrl",
        request.linkBase() + "/oauth/callback?state=" + flow + "&code=stand-in-consent");
    return ApiResponse.ok(body);
  }

  private ApiResponse callback(ApiRequest request) {
    String flow = request.query("state").orElse("");
    String redirectUrl = pendingFlows.remove(flow);
    if (redirectUrl == null) {
      throw ProblemException.badRequest(
          "No OAuth flow is waiting for this state. Start one with POST /sources/initiateOAuth and"
              + " follow its consentUrl.");
    }
    String secretId = URLEncoder.encode("stand-in-secret-" + state.newId(), StandardCharsets.UTF_8);
    return ApiResponse.redirect(
        redirectUrl + (redirectUrl.contains("?") ? "&" : "?") + "secret_id=" + secretId);
  }

  private ApiResponse deleteCredentials(ApiRequest request, String ownerParameter) {
    UUID owner = request.pathUuid(ownerParameter);
    CredentialsKey key = new CredentialsKey(owner, request.path("actorType"), request.path("name"));
    if (credentials.remove(key) == null) {
      throw new ProblemException(
          ProblemKind.RESOURCE_NOT_FOUND,
          "No OAuth credentials for "
              + key.actorType
              + " '"
              + key.name
              + "' are set on "
              + owner
              + ".");
    }
    return ApiResponse.noContent();
  }

  private static void requireAbsoluteUrl(String url) {
    try {
      URI uri = new URI(url);
      if (uri.isAbsolute() && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // Falls through to the problem below.
    }
    throw ProblemException.unprocessable(
        "Redirect URL format not understood: '"
            + url
            + "'. Give an absolute URL such as https://example.com/done.");
  }

  @Override
  public void clear() {
    pendingFlows.clear();
    credentials.clear();
  }

  private record CredentialsKey(UUID owner, String actorType, String name) {}
}
