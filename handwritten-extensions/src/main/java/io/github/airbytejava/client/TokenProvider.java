package io.github.airbytejava.client;

/**
 * Supplies the access token sent as {@code Authorization: Bearer <token>} on every call.
 *
 * <p>Use it when tokens come from somewhere the client does not know, such as a secrets manager or
 * your own token service. For Airbyte application credentials use {@link
 * AirbyteClient.Builder#clientCredentials(String, String)} instead: it caches and renews tokens.
 *
 * <pre>{@code
 * AirbyteClient client = AirbyteClient.builder()
 *     .cloud()
 *     .tokenProvider(() -> vault.read("airbyte/token"))
 *     .build();
 * }</pre>
 *
 * <p>When a call is answered {@code 401}, the client calls {@link #invalidate(String)} with the
 * rejected token and then {@link #accessToken()} once more. If that returns a different token the
 * call is retried once with it; if it returns the same token the call fails at once, since sending
 * a rejected token again cannot succeed.
 *
 * <p>Implementations must be thread-safe and should return quickly (cache the token).
 */
@FunctionalInterface
public interface TokenProvider {

  /**
   * The token to send now.
   *
   * @return a non-blank token without whitespace
   * @throws AirbyteApiException if no token can be obtained
   */
  String accessToken();

  /**
   * Tells the provider that the server rejected {@code rejectedToken}, so it should not be handed
   * out again. The default does nothing, which suits a fixed token.
   *
   * @param rejectedToken the token that was answered with {@code 401}
   */
  default void invalidate(String rejectedToken) {}
}
