package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.TokenProvider;
import io.github.airbytejava.generated.api.ApplicationsApi;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The credentials chosen on the builder, checked when chosen and turned into {@link Credentials}
 * when the client is built. {@code toString()} never shows a secret.
 */
public final class CredentialSettings {

  /** Makes the credentials once the client's parts exist. */
  @FunctionalInterface
  private interface Factory {
    Credentials create(
        Supplier<ApplicationsApi> tokenApi, BaseUrl baseUrl, Clock clock, SecretRedactor redactor);
  }

  private final String description;
  private final Factory factory;

  private CredentialSettings(String description, Factory factory) {
    this.description = description;
    this.factory = factory;
  }

  /**
   * Creates the credentials.
   *
   * @param tokenApi a client for the token endpoint (only called for client credentials)
   */
  public Credentials create(
      Supplier<ApplicationsApi> tokenApi, BaseUrl baseUrl, Clock clock, SecretRedactor redactor) {
    return factory.create(tokenApi, baseUrl, clock, redactor);
  }

  /** What kind of credentials these are; never a secret. */
  @Override
  public String toString() {
    return description;
  }

  /** An Airbyte application's client id and secret, exchanged for renewed access tokens. */
  public static CredentialSettings clientCredentials(String clientId, String clientSecret) {
    if (clientId == null || clientId.isBlank()) {
      throw new AirbyteConfigurationException(
          "clientCredentials(clientId, clientSecret) got a blank client id: pass the client id of an Airbyte"
              + " application (Settings > Applications), e.g. from AIRBYTE_CLIENT_ID.");
    }
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new AirbyteConfigurationException(
          "clientCredentials(clientId, clientSecret) got a blank client secret for client id '"
              + clientId.strip()
              + "': pass the application's client secret, e.g. from AIRBYTE_CLIENT_SECRET.");
    }
    String id = clientId.strip();
    String secret = clientSecret.strip();
    String description = "client credentials (client id " + id + ")";
    return new CredentialSettings(
        description,
        (tokenApi, baseUrl, clock, redactor) -> {
          redactor.addSecret(secret);
          TokenEndpoint endpoint = new TokenEndpoint(tokenApi.get(), id, secret, baseUrl, redactor);
          return new BearerCredentials(new CachingTokenProvider(endpoint, clock), description);
        });
  }

  /** A fixed access token: used until the server rejects it, then calls fail. */
  public static CredentialSettings bearerToken(String token) {
    if (token == null || token.isBlank()) {
      throw new AirbyteConfigurationException(
          "bearerToken(token) got a blank token: pass an Airbyte access token, e.g. from AIRBYTE_ACCESS_TOKEN,"
              + " or use clientCredentials(id, secret) to have tokens fetched and renewed.");
    }
    String value = token.strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new AirbyteConfigurationException(
          "bearerToken(token) got a value starting with 'Bearer ': pass the token alone; the client adds the prefix.");
    }
    String description = "bearer token";
    return new CredentialSettings(
        description,
        (tokenApi, baseUrl, clock, redactor) -> {
          redactor.addSecret(value);
          return new BearerCredentials(() -> value, description);
        });
  }

  /** A user and password for HTTP basic authentication (self-managed Airbyte). */
  public static CredentialSettings basicAuth(String user, String password) {
    // Validates now, so that a mistake surfaces at the builder call that made it.
    BasicCredentials checked = new BasicCredentials(user, password, new SecretRedactor());
    return new CredentialSettings(
        checked.description(),
        (tokenApi, baseUrl, clock, redactor) -> new BasicCredentials(user, password, redactor));
  }

  /** Tokens from the caller's own provider. */
  public static CredentialSettings tokenProvider(TokenProvider provider) {
    if (provider == null) {
      throw new AirbyteConfigurationException(
          "tokenProvider(provider) got null: pass a TokenProvider.");
    }
    String description = "token provider " + provider.getClass().getName();
    return new CredentialSettings(
        description,
        (tokenApi, baseUrl, clock, redactor) -> new BearerCredentials(provider, description));
  }
}
