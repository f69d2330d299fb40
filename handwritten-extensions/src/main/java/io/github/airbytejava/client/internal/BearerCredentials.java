package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.client.TokenProvider;
import java.util.Optional;

/**
 * Bearer tokens from a {@link TokenProvider}. After a 401 the provider is told which token was
 * rejected and asked again; a different token means one retry, the same token means none (so a
 * fixed token fails at the first 401).
 */
public final class BearerCredentials implements Credentials {

  private static final String PREFIX = "Bearer ";

  private final TokenProvider provider;
  private final String description;

  /**
   * Bearer credentials.
   *
   * @param description what supplies the tokens, safe to print
   */
  public BearerCredentials(TokenProvider provider, String description) {
    this.provider = provider;
    this.description = description;
  }

  @Override
  public String authorizationHeader() {
    return PREFIX + checked(fetch());
  }

  @Override
  public Optional<String> renewAfterRejection(String rejected) {
    if (rejected == null || !rejected.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rejectedToken = rejected.substring(PREFIX.length());
    provider.invalidate(rejectedToken);
    String renewed = checked(fetch());
    return renewed.equals(rejectedToken) ? Optional.empty() : Optional.of(PREFIX + renewed);
  }

  private String fetch() {
    try {
      return provider.accessToken();
    } catch (AirbyteApiException e) {
      throw e;
    } catch (RuntimeException e) {
      // A provider of the caller's own may throw anything; keep the promise of one exception type.
      throw new AirbyteAuthenticationException(
          "The token provider failed with "
              + e.getClass().getName()
              + ": fix the TokenProvider passed to tokenProvider(...).",
          AirbyteErrorDetails.none(),
          e);
    }
  }

  /**
   * A token that would corrupt the header (a line break could smuggle in another header; Feign
   * reads braces as template expressions) is refused, and never printed.
   */
  private static String checked(String token) {
    if (token == null || token.isEmpty()) {
      throw new AirbyteAuthenticationException(
          "The access token is empty: pass a token to bearerToken(...) or make the TokenProvider return one.",
          AirbyteErrorDetails.none(),
          null);
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '{' || c == '}') {
        throw new AirbyteAuthenticationException(
            "The access token contains whitespace, a control character or a character outside ASCII at index "
                + i
                + ": pass the token alone, without 'Bearer ' or line breaks.",
            AirbyteErrorDetails.none(),
            null);
      }
    }
    return token;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
