package io.github.airbytejava.standin;

/**
 * An application's credentials: exchange the client id and secret for an access token at {@code
 * POST /applications/token}.
 *
 * @param applicationId the application's id, for {@code getApplication} and {@code
 *     deleteApplication}
 * @param clientId the client id
 * @param clientSecret the client secret
 */
public record ClientCredentials(String applicationId, String clientId, String clientSecret) {
  @Override
  public String toString() {
    // Records print every field; keep the secret out of logs and assertion messages.
    return "ClientCredentials[applicationId="
        + applicationId
        + ", clientId="
        + clientId
        + ", clientSecret=<redacted>]";
  }
}
