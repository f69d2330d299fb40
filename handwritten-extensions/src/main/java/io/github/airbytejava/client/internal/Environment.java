package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteConfigurationException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the client's settings from environment variables.
 *
 * <ol>
 *   <li>Base URL: {@value #API_URL} (the API's base URL, used as given), else {@value #WEB_URL} (a
 *       self-managed Airbyte's web URL, {@code /api/public/v1} appended), else Airbyte Cloud.
 *   <li>Credentials: {@value #CLIENT_ID} with {@value #CLIENT_SECRET}, else {@value #ACCESS_TOKEN}.
 *       Client credentials win when both are set, because they can be renewed.
 * </ol>
 *
 * Blank variables count as unset.
 */
public final class Environment {

  /** The API's base URL, used as given. */
  public static final String API_URL = "AIRBYTE_API_URL";

  /** A self-managed Airbyte's web URL. */
  public static final String WEB_URL = "AIRBYTE_URL";

  /** An Airbyte application's client id. */
  public static final String CLIENT_ID = "AIRBYTE_CLIENT_ID";

  /** An Airbyte application's client secret. */
  public static final String CLIENT_SECRET = "AIRBYTE_CLIENT_SECRET";

  /** A fixed access token. */
  public static final String ACCESS_TOKEN = "AIRBYTE_ACCESS_TOKEN";

  private final Map<String, String> variables;

  /** The settings in {@code variables}, such as {@code System.getenv()}. */
  public Environment(Map<String, String> variables) {
    this.variables = variables == null ? Map.of() : variables;
  }

  /** The base URL the variables select. */
  public BaseUrl baseUrl() {
    Optional<String> apiUrl = get(API_URL);
    if (apiUrl.isPresent()) {
      return within(API_URL, () -> BaseUrl.of(apiUrl.get()));
    }
    Optional<String> webUrl = get(WEB_URL);
    if (webUrl.isPresent()) {
      return within(WEB_URL, () -> BaseUrl.selfManaged(webUrl.get()));
    }
    return BaseUrl.of(BaseUrl.CLOUD);
  }

  /** The credentials the variables hold. */
  public CredentialSettings credentials() {
    Optional<String> clientId = get(CLIENT_ID);
    Optional<String> clientSecret = get(CLIENT_SECRET);
    if (clientId.isPresent() && clientSecret.isPresent()) {
      return CredentialSettings.clientCredentials(clientId.get(), clientSecret.get());
    }
    if (clientId.isPresent() != clientSecret.isPresent()) {
      String missing = clientId.isPresent() ? CLIENT_SECRET : CLIENT_ID;
      String present = clientId.isPresent() ? CLIENT_ID : CLIENT_SECRET;
      throw new AirbyteConfigurationException(
          present
              + " is set but "
              + missing
              + " is not: set both to use an Airbyte application's client credentials.");
    }
    Optional<String> token = get(ACCESS_TOKEN);
    if (token.isPresent()) {
      return CredentialSettings.bearerToken(token.get());
    }
    throw new AirbyteConfigurationException(
        "No Airbyte credentials in the environment: set "
            + CLIENT_ID
            + " and "
            + CLIENT_SECRET
            + " (an application from Settings > Applications), or "
            + ACCESS_TOKEN
            + ".");
  }

  private Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  private static BaseUrl within(String variable, java.util.function.Supplier<BaseUrl> parse) {
    try {
      return parse.get();
    } catch (AirbyteConfigurationException e) {
      throw new AirbyteConfigurationException(
          "Environment variable " + variable + ": " + e.getMessage());
    }
  }
}
