package io.github.airbytejava.contract.provider;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Which Airbyte the provider checks run against, read from the Maven property {@value #PROPERTY}
 * and the environment.
 *
 * <ul>
 *   <li>{@code -Dcontracts.provider=stand-in} (the default): the stand-in, started in-process. No
 *       variable is read.
 *   <li>{@code -Dcontracts.provider=airbyte}: a real deployment. {@value #URL} is its API base URL
 *       ({@code https://airbyte.example.com/api/public/v1}, or {@code https://api.airbyte.com/v1}
 *       for Cloud); credentials are {@value #CLIENT_ID} and {@value #CLIENT_SECRET}, or {@value
 *       #ACCESS_TOKEN}. Optional: {@value #ORGANIZATION_ID} (default: the first organization of
 *       the caller), {@value #EXPIRED_ACCESS_TOKEN} (a token of that deployment that has expired).
 * </ul>
 *
 * <p>A real deployment needs both the property and the variables: the property because it
 * switches on the list of interactions that are skipped there ({@link RealAirbyteSkips}), the
 * variables because they say where. Either one alone is refused with a message that says what is
 * missing, so that a stray variable never sends the checks to someone's Airbyte, and a forgotten
 * one never passes quietly against the stand-in.
 *
 * @param realAirbyte whether to check a real deployment
 * @param baseUrl the API base URL of the real deployment, without a trailing slash
 * @param clientId the client id, if credentials are used
 * @param clientSecret the client secret, if credentials are used; never printed
 * @param accessToken the fixed access token, if one is used; never printed
 * @param organizationId the organization to work in, if given
 * @param expiredAccessToken a token that has expired, if given; never printed
 */
record ProviderSettings(
    boolean realAirbyte,
    String baseUrl,
    String clientId,
    String clientSecret,
    String accessToken,
    String organizationId,
    String expiredAccessToken) {

  static final String PROPERTY = "contracts.provider";
  static final String STAND_IN = "stand-in";
  static final String AIRBYTE = "airbyte";

  static final String URL = "AIRBYTE_PROVIDER_URL";
  static final String CLIENT_ID = "AIRBYTE_CLIENT_ID";
  static final String CLIENT_SECRET = "AIRBYTE_CLIENT_SECRET";
  static final String ACCESS_TOKEN = "AIRBYTE_ACCESS_TOKEN";
  static final String ORGANIZATION_ID = "AIRBYTE_ORGANIZATION_ID";
  static final String EXPIRED_ACCESS_TOKEN = "AIRBYTE_EXPIRED_ACCESS_TOKEN";

  /** The stand-in. */
  static ProviderSettings standIn() {
    return new ProviderSettings(false, null, null, null, null, null, null);
  }

  /** The settings of this JVM: system property {@value #PROPERTY} and the environment. */
  static ProviderSettings fromSystem() {
    return from(System.getProperty(PROPERTY, STAND_IN), System.getenv());
  }

  /**
   * The settings for a value of {@value #PROPERTY} and an environment.
   *
   * @throws IllegalStateException with what to set, when the two disagree or a value is unusable
   */
  static ProviderSettings from(String provider, Map<String, String> environment) {
    String mode = provider == null || provider.isBlank() ? STAND_IN : provider.trim();
    Optional<String> url = value(environment, URL);
    if (mode.equals(STAND_IN)) {
      if (url.isPresent()) {
        throw new IllegalStateException(URL + " is set, but -D" + PROPERTY + "=" + AIRBYTE
            + " is not: add it to verify that Airbyte (see contract-tests/README.md),"
            + " or unset " + URL + " to use the stand-in.");
      }
      return standIn();
    }
    if (!mode.equals(AIRBYTE)) {
      throw new IllegalStateException(
          "-D" + PROPERTY + "=" + mode + " is unknown: use " + STAND_IN + " (the default) or " + AIRBYTE + ".");
    }
    String baseUrl = url.orElseThrow(() -> new IllegalStateException("-D" + PROPERTY + "=" + AIRBYTE
        + " needs " + URL + ", the API base URL, e.g. https://airbyte.example.com/api/public/v1"
        + " or https://api.airbyte.com/v1."));
    Optional<String> clientId = value(environment, CLIENT_ID);
    Optional<String> clientSecret = value(environment, CLIENT_SECRET);
    Optional<String> accessToken = value(environment, ACCESS_TOKEN);
    if (clientId.isPresent() != clientSecret.isPresent()) {
      throw new IllegalStateException(CLIENT_ID + " and " + CLIENT_SECRET + " go together: set both, or neither and "
          + ACCESS_TOKEN + ".");
    }
    if (clientId.isEmpty() && accessToken.isEmpty()) {
      throw new IllegalStateException("-D" + PROPERTY + "=" + AIRBYTE + " needs credentials: " + CLIENT_ID + " and "
          + CLIENT_SECRET + " (an application of that Airbyte), or " + ACCESS_TOKEN + ".");
    }
    return new ProviderSettings(true, checkedBaseUrl(baseUrl), clientId.orElse(null), clientSecret.orElse(null),
        clientId.isPresent() ? null : accessToken.get(), value(environment, ORGANIZATION_ID).orElse(null),
        value(environment, EXPIRED_ACCESS_TOKEN).orElse(null));
  }

  /** The path part of the base URL, such as {@code /api/public/v1} or {@code /v1}. */
  String basePath() {
    return URI.create(baseUrl).getRawPath();
  }

  /** Never shows a secret or a token. */
  @Override
  public String toString() {
    if (!realAirbyte) {
      return "the stand-in";
    }
    return baseUrl + (clientId != null ? " (client id " + clientId + ")" : " (access token)");
  }

  private static String checkedBaseUrl(String value) {
    String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(URL + " is not a URL: " + e.getMessage(), e);
    }
    boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
    if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawPath() == null
        || uri.getRawPath().isEmpty()) {
      throw new IllegalStateException(URL + " must be the API base URL with its path, e.g."
          + " https://airbyte.example.com/api/public/v1 or https://api.airbyte.com/v1; got " + trimmed);
    }
    return trimmed;
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    return Optional.ofNullable(environment.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }
}
