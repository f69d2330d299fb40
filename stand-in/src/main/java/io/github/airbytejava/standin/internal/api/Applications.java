package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ApplicationCreate;
import io.github.airbytejava.generated.model.ApplicationRead;
import io.github.airbytejava.generated.model.ApplicationReadList;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.PublicAccessTokenResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.AccessTokens;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Applications (client id and secret pairs) and the token endpoint that exchanges them for access
 * tokens. The stand-in's own credentials are an application like any other, so they show in {@code
 * listApplications}; every application's credentials can get tokens, and deleting an application
 * revokes its tokens. Wrong credentials get a 400 with a JSON body, as on Airbyte.
 */
final class Applications implements OperationGroup {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CLIENT_CREDENTIALS = "client_credentials";

  private final StateContext state;
  private final AccessTokens tokens;
  private final Table<String, ApplicationRead> applications = new Table<>("application");

  Applications(StateContext state, AccessTokens tokens) {
    this.state = state;
    this.tokens = tokens;
  }

  /** Adds an application with the given credentials. */
  ApplicationRead create(String name, String clientId, String clientSecret) {
    String id = state.newId().toString();
    return applications.insert(
        id,
        new ApplicationRead()
            .id(id)
            .name(name)
            .clientId(clientId)
            .clientSecret(clientSecret)
            .createdAt(Timestamps.epochMillis(state.now())));
  }

  /** Adds an application with fresh credentials. */
  ApplicationRead create(String name) {
    return create(name, UUID.randomUUID().toString(), newSecret());
  }

  /** A random client secret, in the form Airbyte's have (base64). */
  static String newSecret() {
    byte[] bytes = new byte[48];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on(
            "listApplications",
            request -> ApiResponse.ok(new ApplicationReadList().applications(applications.live())))
        .on(
            "createApplication",
            request -> ApiResponse.ok(create(request.body(ApplicationCreate.class).getName())))
        .on(
            "getApplication",
            request -> ApiResponse.ok(applications.get(request.path("applicationId"))))
        .on("deleteApplication", this::delete)
        .on("createAccessToken", this::token);
  }

  private ApiResponse delete(ApiRequest request) {
    ApplicationRead application = applications.remove(request.path("applicationId"));
    tokens.revokeOwner(application.getClientId());
    return ApiResponse.ok(application);
  }

  private ApiResponse token(ApiRequest request) {
    Credentials credentials = credentials(request);
    if (!CLIENT_CREDENTIALS.equals(credentials.grantType)) {
      throw ProblemException.badRequest("grant-type must be client_credentials.");
    }
    ApplicationRead application =
        withCredentials(credentials.clientId, credentials.clientSecret)
            .orElseThrow(
                () ->
                    // 400 as JSON, as self-managed Airbyte answers; the same for an unknown client
                    // id, so that the answer does not tell which client ids exist.
                    ProblemException.wrongClientCredentials(
                        "The client id or client secret is wrong. Use an application's credentials "
                            + "(the stand-in prints its own at start)."));
    AccessTokens.Issued issued = tokens.issue(application.getClientId());
    return ApiResponse.ok(
        new PublicAccessTokenResponse()
            .accessToken(issued.token())
            .tokenType(PublicAccessTokenResponse.TokenTypeEnum.BEARER)
            .expiresIn(issued.expiresInSeconds()));
  }

  /** The spec allows the token request as JSON or as a form; both carry the same three fields. */
  private static Credentials credentials(ApiRequest request) {
    if (request.isForm()) {
      Map<String, String> form = request.formBody();
      return new Credentials(
          form.get("client_id"), form.get("client_secret"), form.get("grant-type"));
    }
    ApplicationTokenRequestWithGrant body = request.body(ApplicationTokenRequestWithGrant.class);
    return new Credentials(
        body.getClientId(),
        body.getClientSecret(),
        body.getGrantType() == null ? null : body.getGrantType().getValue());
  }

  /** Whether these are the credentials of a live application. */
  boolean matches(String clientId, String clientSecret) {
    return withCredentials(clientId, clientSecret).isPresent();
  }

  /** The live application with this client id, if the secret is its own. */
  private Optional<ApplicationRead> withCredentials(
      @Nullable String clientId, @Nullable String clientSecret) {
    return find(clientId).filter(found -> sameSecret(found.getClientSecret(), clientSecret));
  }

  private Optional<ApplicationRead> find(@Nullable String clientId) {
    return applications.live().stream()
        .filter(found -> found.getClientId().equals(clientId))
        .findFirst();
  }

  /** Compares secrets in constant time, as credential checks should. */
  private static boolean sameSecret(String expected, @Nullable String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void clear() {
    applications.clear();
  }

  private record Credentials(
      @Nullable String clientId, @Nullable String clientSecret, @Nullable String grantType) {
    @Override
    public String toString() {
      return "Credentials[clientId=" + clientId + ", clientSecret=<redacted>]";
    }
  }
}
