package io.github.airbytejava.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Replaces known secrets in text with {@code ***}: the last line of defence for log lines and error
 * messages built from server responses, which could echo a credential back.
 *
 * <p>The first lines of defence are structural: the {@code Authorization} header and token
 * request/response bodies are never logged at all.
 */
public final class SecretRedactor {

  static final String MASK = "***";

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
    String result = text;
    for (String secret : fixedSecrets) {
      result = result.replace(secret, MASK);
    }
    for (String token : recentTokens) {
      result = result.replace(token, MASK);
    }
    return result;
  }
}
