package io.github.airbytejava.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text with {@code ***}: the last line of defence for log lines and error
 * messages built from request and response bodies, which could carry or echo a credential.
 *
 * <ul>
 *   <li>Known values: this client's secret, password and recent access tokens, wherever they
 *       appear.
 *   <li>Credential fields in JSON: the value of every {@link #SECRET_FIELDS} member, whoever's
 *       credential it is (an application's secret in {@code GET /applications}, a widget token),
 *       and of every member named like a secret ({@link #CONFIGURATION_SECRET_NAMES}) in connector
 *       configurations.
 * </ul>
 *
 * <p>The first lines of defence are structural: the {@code Authorization} header and token
 * request/response bodies are never logged at all.
 */
public final class SecretRedactor {

  static final String MASK = "***";

  /**
   * JSON members that hold a credential: the properties the effective spec marks {@code format:
   * password} (a test keeps the two in step).
   */
  public static final Set<String> SECRET_FIELDS =
      Set.of("clientSecret", "client_secret", "access_token", "token", "key");

  /**
   * Member names that hold a secret inside free-form connector configurations ({@code password},
   * {@code tunnel_user_password}, {@code api_key}, {@code credentials_json}, ...). Those objects
   * have no schema, so names are all there is to go by; Airbyte masks them in responses, but a
   * request that creates or updates a source carries them in clear.
   */
  static final String CONFIGURATION_SECRET_NAMES =
      "(?i:[A-Za-z0-9_]*(?:password|passwd|secret|api_?key|apikey|private_?key|access_?key|refresh_?token"
          + "|credentials_json|ssh_key)[A-Za-z0-9_]*)";

  /** {@code "name": "value"} for a secret name, with the value's escapes kept inside the match. */
  private static final Pattern SECRET_MEMBER =
      Pattern.compile(
          "(\"(?:"
              + String.join("|", SECRET_FIELDS)
              + "|"
              + CONFIGURATION_SECRET_NAMES
              + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")");

  /**
   * Shorter values are not searched for: masking every occurrence of, say, "ab" would garble
   * messages, and such a value is no secret anyway.
   */
  private static final int MIN_SECRET_LENGTH = 6;

  /**
   * Access tokens are kept for a while after rotation; older ones have expired and are harmless.
   */
  private static final int MAX_RECENT_TOKENS = 8;

  private final Set<String> fixedSecrets = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedDeque<String> recentTokens = new ConcurrentLinkedDeque<>();

  /** Remembers a secret that lives as long as the client: a client secret or password. */
  public void addSecret(String secret) {
    if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
      fixedSecrets.add(secret);
    }
  }

  /** Remembers a newly issued access token; the oldest remembered tokens are forgotten. */
  public void addToken(String token) {
    if (token != null && token.length() >= MIN_SECRET_LENGTH) {
      recentTokens.addLast(token);
      while (recentTokens.size() > MAX_RECENT_TOKENS) {
        recentTokens.pollFirst();
      }
    }
  }

  /** {@code text} with every known secret replaced by {@code ***}; null stays null. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = SECRET_MEMBER.matcher(text).replaceAll("$1" + MASK + "$2");
    for (String secret : fixedSecrets) {
      result = result.replace(secret, MASK);
    }
    for (String token : recentTokens) {
      result = result.replace(token, MASK);
    }
    return result;
  }
}
