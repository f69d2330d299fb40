package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteDecodeException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.generated.api.ApplicationsApi;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant.GrantTypeEnum;
import io.github.airbytejava.generated.model.PublicAccessTokenResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Exchanges an application's client id and secret for an access token at {@code POST
 * {base}/applications/token}, and turns the endpoint's refusals into errors that say which setting
 * to check. The secret never appears in a message.
 */
public final class TokenEndpoint implements Supplier<IssuedToken> {

  private final ApplicationsApi applications;
  private final String clientId;
  private final String clientSecret;
  private final BaseUrl baseUrl;
  private final SecretRedactor redactor;

  /**
   * A token endpoint.
   *
   * @param applications a client for the token endpoint that sends no {@code Authorization} header
   */
  public TokenEndpoint(
      ApplicationsApi applications,
      String clientId,
      String clientSecret,
      BaseUrl baseUrl,
      SecretRedactor redactor) {
    this.applications = applications;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.baseUrl = baseUrl;
    this.redactor = redactor;
  }

  /**
   * Requests a new token.
   *
   * @throws AirbyteAuthenticationException if the endpoint refuses the credentials (400, 401, 403)
   * @throws AirbyteNotFoundException if there is no token endpoint at this base URL
   * @throws AirbyteApiException for any other failure
   */
  @Override
  public IssuedToken get() {
    PublicAccessTokenResponse response;
    try {
      response =
          applications.createAccessToken(
              new ApplicationTokenRequestWithGrant()
                  .clientId(clientId)
                  .clientSecret(clientSecret)
                  .grantType(GrantTypeEnum.CLIENT_CREDENTIALS));
    } catch (AirbyteApiException e) {
      throw explain(e);
    }
    // token_type is not checked: Airbyte sends "Bearer", others "bearer"; every value means bearer.
    String token = response == null ? null : response.getAccessToken();
    if (token == null || token.isBlank()) {
      throw new AirbyteDecodeException(
          "The token endpoint "
              + baseUrl.tokenUrl()
              + " answered without an access_token: check that the base URL points at the Airbyte public API.",
          AirbyteErrorDetails.ofRequest("POST", baseUrl.path() + "/applications/token", null),
          null);
    }
    redactor.addToken(token);
    Long expiresIn = response.getExpiresIn();
    return new IssuedToken(
        token, expiresIn == null || expiresIn <= 0 ? null : Duration.ofSeconds(expiresIn));
  }

  private AirbyteApiException explain(AirbyteApiException e) {
    int status = e.status();
    String where = " (" + status + " from " + baseUrl.tokenUrl() + ")";
    String serverSaid =
        e.problem()
            .map(p -> p.summary())
            .filter(s -> !s.isEmpty())
            .map(s -> " Airbyte said: " + redactor.redact(s))
            .orElse("");
    if (status == 400 || status == 401 || status == 403) {
      return new AirbyteAuthenticationException(
          "Airbyte refused the client credentials for client id '"
              + clientId
              + "'"
              + where
              + ": check the client id and client secret (AIRBYTE_CLIENT_ID / AIRBYTE_CLIENT_SECRET, or"
              + " clientCredentials(id, secret)) against Settings > Applications of the same Airbyte"
              + " instance as the base URL "
              + baseUrl
              + "."
              + serverSaid,
          e.details(),
          e);
    }
    if (status == 404) {
      return new AirbyteNotFoundException(
          "No token endpoint at "
              + baseUrl.tokenUrl()
              + where
              + ": check the base URL; Airbyte Cloud is "
              + BaseUrl.CLOUD
              + ", a self-managed Airbyte is <web URL>"
              + BaseUrl.PUBLIC_API_PATH
              + "."
              + serverSaid,
          e.details(),
          e);
    }
    return e;
  }
}
