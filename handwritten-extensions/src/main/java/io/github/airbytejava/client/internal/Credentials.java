package io.github.airbytejava.client.internal;

import java.util.Optional;

/** How the client authorises its calls: the {@code Authorization} header value, and its renewal. */
public interface Credentials {

  /**
   * The {@code Authorization} header value to send now, such as {@code Bearer eyJ...}. May fetch a
   * token.
   */
  String authorizationHeader();

  /**
   * Called after the server answered {@code 401} to a request that carried {@code rejected}.
   *
   * @return a different header value to retry with once, or empty when there is nothing to renew (a
   *     fixed token, basic auth, or a provider that hands out the rejected value again)
   */
  Optional<String> renewAfterRejection(String rejected);

  /** What kind of credentials these are, safe to print: never contains a secret. */
  String description();
}
