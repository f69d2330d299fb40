package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** HTTP basic authentication with a fixed user and password: nothing to renew after a 401. */
public final class BasicCredentials implements Credentials {

  private final String user;
  private final String headerValue;

  /**
   * Basic credentials; the password is registered with {@code redactor}.
   *
   * @throws AirbyteConfigurationException if the user is blank or contains {@code :}, or the
   *     password is null
   */
  public BasicCredentials(String user, String password, SecretRedactor redactor) {
    if (user == null || user.isBlank()) {
      throw new AirbyteConfigurationException(
          "basicAuth(user, password) got a blank user: pass the user name of your self-managed Airbyte.");
    }
    if (user.indexOf(':') >= 0) {
      throw new AirbyteConfigurationException(
          "basicAuth(user, password) got a user name containing ':', which basic authentication cannot carry.");
    }
    if (password == null) {
      throw new AirbyteConfigurationException(
          "basicAuth(user, password) got a null password: pass the password of user '"
              + user
              + "'.");
    }
    this.user = user;
    String encoded =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.headerValue = "Basic " + encoded;
    redactor.addSecret(password);
    redactor.addSecret(encoded);
  }

  @Override
  public String authorizationHeader() {
    return headerValue;
  }

  @Override
  public Optional<String> renewAfterRejection(String rejected) {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "basic auth (user " + user + ")";
  }

  @Override
  public String toString() {
    return description();
  }
}
