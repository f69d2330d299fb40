package io.github.airbytejava.client.internal;

import java.time.Duration;
import java.util.Optional;

/** An access token as the token endpoint issued it. {@code toString()} hides the token. */
public final class IssuedToken {

  private final String value;
  private final Duration expiresIn;

  /**
   * An issued token.
   *
   * @param value the token
   * @param expiresIn its lifetime from {@code expires_in}, or null when the endpoint gave none
   */
  public IssuedToken(String value, Duration expiresIn) {
    this.value = value;
    this.expiresIn = expiresIn;
  }

  /** The token itself. */
  public String value() {
    return value;
  }

  /** Its lifetime as the endpoint stated it, if it did. */
  public Optional<Duration> expiresIn() {
    return Optional.ofNullable(expiresIn);
  }

  @Override
  public String toString() {
    return "IssuedToken{value=***, expiresIn=" + expiresIn + "}";
  }
}
