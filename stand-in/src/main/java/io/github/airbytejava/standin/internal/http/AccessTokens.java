package io.github.airbytejava.standin.internal.http;

import io.github.airbytejava.standin.internal.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import javax.annotation.Nullable;

/**
 * Issues access tokens and checks them: the whole 401 story of the stand-in.
 *
 * <p>Tokens are opaque random strings (Airbyte's are JWTs; clients must not look inside either)
 * that expire after a fixed lifetime read from the injected clock, so tests of expiry move a clock
 * instead of sleeping. Tokens are never logged and never appear in problem details.
 */
public final class AccessTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  /**
   * A token service.
   *
   * @param clock the time that expiry is measured in
   * @param lifetime how long a token is valid; positive, as the builder checks
   */
  public AccessTokens(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * A new token for {@code owner} (the client id it was issued to, so that deleting an application
   * revokes its tokens).
   */
  public Issued issue(String owner) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    grants.put(token, new Grant(owner, clock.instant().plus(lifetime)));
    return new Issued(token, lifetime.toSeconds());
  }

  /**
   * Checks an {@code Authorization} header: a bearer token this service issued and that has not
   * expired, or basic credentials that {@code basicCredentials} accepts (self-managed Airbyte takes
   * basic auth too).
   *
   * @param basicCredentials says whether a user name and password are valid
   * @throws ProblemException invalid-api-key when the header is missing, of another scheme, unknown
   *     or expired
   */
  public void authenticate(
      @Nullable String authorization, BiPredicate<String, String> basicCredentials) {
    if (authorization == null || authorization.isBlank()) {
      throw ProblemException.invalidApiKey(
          "No Authorization header. Send 'Authorization: Bearer <token>' with a token from POST"
              + " /applications/token.");
    }
    String[] parts = authorization.trim().split("\\s+", 2);
    String scheme = parts[0].toLowerCase(Locale.ROOT);
    if (parts.length == 2 && scheme.equals("basic")) {
      checkBasic(parts[1], basicCredentials);
      return;
    }
    if (parts.length != 2 || !scheme.equals("bearer")) {
      throw ProblemException.invalidApiKey(
          "The Authorization header is neither a bearer token nor basic credentials. Send"
              + " 'Authorization: Bearer <token>'.");
    }
    Grant grant = grants.get(parts[1]);
    if (grant == null) {
      throw ProblemException.invalidApiKey(
          "The API key in the Authorization header is invalid. Get a new token from POST"
              + " /applications/token.");
    }
    if (!clock.instant().isBefore(grant.expiresAt)) {
      grants.remove(parts[1]);
      throw ProblemException.invalidApiKey(
          "The access token has expired. Get a new one from POST /applications/token.");
    }
  }

  private static void checkBasic(String encoded, BiPredicate<String, String> basicCredentials) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon < 0
        || !basicCredentials.test(decoded.substring(0, colon), decoded.substring(colon + 1))) {
      throw ProblemException.invalidApiKey(
          "The basic credentials are wrong. Use an application's client id and secret, or a bearer"
              + " token.");
    }
  }

  /** Revokes every token issued to {@code owner}. */
  public void revokeOwner(String owner) {
    grants.values().removeIf(grant -> grant.owner.equals(owner));
  }

  /** Revokes every token, as if all had expired. */
  public void revokeAll() {
    grants.clear();
  }

  private record Grant(String owner, Instant expiresAt) {}

  /**
   * A token just issued.
   *
   * @param token the access token
   * @param expiresInSeconds its lifetime in whole seconds, as {@code expires_in} reports it
   */
  public record Issued(String token, long expiresInSeconds) {
    @Override
    public String toString() {
      // Records print their fields; a token must not end up in a log by accident.
      return "Issued[token=<redacted>, expiresInSeconds=" + expiresInSeconds + "]";
    }
  }
}
