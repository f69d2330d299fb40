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
public abstract class CredentialSettings {

  private CredentialSettings() {}

  /**
   * Creates the credentials.
   *
   * @param tokenApi a client for the token endpoint (only called for client credentials)
   */
  public abstract Credentials create(
      Supplier<ApplicationsApi> tokenApi, BaseUrl baseUrl, Clock clock, SecretRedactor redactor);

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
    return new CredentialSettings() {
      @Override
      public Credentials create(
          Supplier<ApplicationsApi> tokenApi,
          BaseUrl baseUrl,
          Clock clock,
          SecretRedactor redactor) {
        redactor.addSecret(secret);
        TokenEndpoint endpoint = new TokenEndpoint(tokenApi.get(), id, secret, baseUrl, redactor);
        return new BearerCredentials(new CachingTokenProvider(endpoint, clock), toString());
      }

      @Override
      public String toString() {
        return "client credentials (client id " + id + ")";
      }
    };
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
    return new CredentialSettings() {
      @Override
      public Credentials create(
          Supplier<ApplicationsApi> tokenApi,
          BaseUrl baseUrl,
          Clock clock,
          SecretRedactor redactor) {
        redactor.addSecret(value);
        return new BearerCredentials(() -> value, toString());
      }

      @Override
      public String toString() {
        return "bearer token";
      }
    };
  }

  /** A user and password for HTTP basic authentication (self-managed Airbyte). */
  public static CredentialSettings basicAuth(String user, String password) {
    // Validates now, so that a mistake surfaces at the builder call that made it.
    BasicCredentials checked = new BasicCredentials(user, password, new SecretRedactor());
    return new CredentialSettings() {
      @Override
      public Credentials create(
          Supplier<ApplicationsApi> tokenApi,
          BaseUrl baseUrl,
          Clock clock,
          SecretRedactor redactor) {
        return new BasicCredentials(user, password, redactor);
      }

      @Override
      public String toString() {
        return checked.description();
      }
    };
  }

  /** Tokens from the caller's own provider. */
  public static CredentialSettings tokenProvider(TokenProvider provider) {
    if (provider == null) {
      throw new AirbyteConfigurationException(
          "tokenProvider(provider) got null: pass a TokenProvider.");
    }
    return new CredentialSettings() {
      @Override
      public Credentials create(
          Supplier<ApplicationsApi> tokenApi,
          BaseUrl baseUrl,
          Clock clock,
          SecretRedactor redactor) {
        return new BearerCredentials(provider, toString());
      }

      @Override
      public String toString() {
        return "token provider " + provider.getClass().getName();
      }
    };
  }
}
