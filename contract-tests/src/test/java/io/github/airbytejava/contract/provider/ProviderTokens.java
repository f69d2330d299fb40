package io.github.airbytejava.contract.provider;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant.GrantTypeEnum;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.PublicAccessTokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Real access tokens of the provider for replayed requests, obtained by {@link AirbyteClient} from
 * the provider's token endpoint with an application's client credentials, or one fixed token.
 *
 * <p>A token is kept until {@link #RENEW_BEFORE} before it expires by the given clock (the
 * stand-in's, whose time tests move). Thread-safe; the token and the secret are never part of a
 * message.
 */
final class ProviderTokens {

  /** How long before its expiry a token is replaced. */
  static final Duration RENEW_BEFORE = Duration.ofSeconds(20);

  /** Airbyte's token lifetime, assumed when a token response does not say. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(3);

  private final String fixedToken;
  private final String clientId;
  private final String clientSecret;
  private final AirbyteClient client;
  private final Clock clock;

  private String token;
  private Instant renewAt = Instant.MIN;

  private ProviderTokens(String fixedToken, String clientId, String clientSecret, AirbyteClient client, Clock clock) {
    this.fixedToken = fixedToken;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.client = client;
    this.clock = clock;
  }

  /** Tokens exchanged for client credentials at the token endpoint of {@code client}'s base URL. */
  static ProviderTokens forClientCredentials(AirbyteClient client, String clientId, String clientSecret, Clock clock) {
    return new ProviderTokens(null, Objects.requireNonNull(clientId, "clientId"),
        Objects.requireNonNull(clientSecret, "clientSecret"), client, clock);
  }

  /** One fixed token, which cannot be renewed. */
  static ProviderTokens fixed(String accessToken) {
    return new ProviderTokens(Objects.requireNonNull(accessToken, "accessToken"), null, null, null, Clock.systemUTC());
  }

  /** A valid token: the cached one, or a new one when it is about to expire. */
  synchronized String accessToken() {
    if (fixedToken != null) {
      return fixedToken;
    }
    if (token == null || !clock.instant().isBefore(renewAt)) {
      token = null;
      PublicAccessTokenResponse issued = issue();
      token = issued.getAccessToken();
      Long lifetime = issued.getExpiresIn();
      renewAt = clock.instant().plusSeconds(lifetime == null ? DEFAULT_LIFETIME.toSeconds() : lifetime)
          .minus(RENEW_BEFORE);
    }
    return token;
  }

  /**
   * A token of its own, not shared with anything else, with its lifetime: for a test that lets one
   * token expire without touching the others.
   *
   * @throws IllegalStateException when the tokens are fixed and no new one can be had
   */
  PublicAccessTokenResponse issue() {
    if (fixedToken != null) {
      throw new IllegalStateException("A fixed access token cannot be renewed: no new token can be issued");
    }
    return client.applications().createAccessToken(new ApplicationTokenRequestWithGrant()
        .clientId(clientId)
        .clientSecret(clientSecret)
        .grantType(GrantTypeEnum.CLIENT_CREDENTIALS));
  }

  @Override
  public String toString() {
    return fixedToken != null ? "ProviderTokens[fixed token]" : "ProviderTokens[client id " + clientId + "]";
  }
}
