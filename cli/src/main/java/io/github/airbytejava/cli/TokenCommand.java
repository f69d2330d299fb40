package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.PublicAccessTokenResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code airbyte token}: exchanges the configured client credentials for an access token and says
 * when it expires. The token itself is printed only with {@code --show}: it is a credential.
 */
@Command(name = "token", description = "Get an access token and print when it expires (the token only with --show).")
final class TokenCommand implements Callable<Integer> {

  @ParentCommand AirbyteCli root;

  @Option(names = "--show", description = "Also print the access token itself. Treat it like a password.")
  boolean show;

  @Override
  public Integer call() {
    String clientId = root.connection.clientIdSetting();
    String clientSecret = root.connection.clientSecretSetting();
    if (clientId == null || clientSecret == null) {
      throw new AirbyteConfigurationException("`airbyte token` needs client credentials: --client-id and --client-secret,"
          + " or AIRBYTE_CLIENT_ID and AIRBYTE_CLIENT_SECRET.");
    }
    PublicAccessTokenResponse token = root.client().applications().createAccessToken(
        new ApplicationTokenRequestWithGrant().clientId(clientId).clientSecret(clientSecret)
            .grantType(ApplicationTokenRequestWithGrant.GrantTypeEnum.CLIENT_CREDENTIALS));
    Instant expiresAt = Instant.now().plusSeconds(token.getExpiresIn());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("tokenType", token.getTokenType());
    result.put("expiresIn", token.getExpiresIn());
    result.put("expiresAt", expiresAt.toString());
    if (show) {
      result.put("accessToken", token.getAccessToken());
    }
    root.output().object(result, "token expires at " + expiresAt + " (in " + token.getExpiresIn() + " s)"
        + (show ? "\n" + token.getAccessToken() : "; add --show to print it"));
    return ExitCodes.OK.code;
  }
}
