package io.github.airbytejava.contract.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import java.net.URI;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Turns a request replayed from a pact into one the provider accepts, without changing what the
 * pact says about it.
 *
 * <ul>
 *   <li><b>Credentials.</b> A pact's {@code Authorization} header is a placeholder (the consumer
 *       tests match it by the regex {@code Bearer .+}); it is replaced by a real token of the
 *       provider. The interactions under the state {@value ProviderStates#EXPIRED_TOKEN} are the
 *       exception: they get an expired token where the provider can give one, else keep the
 *       placeholder, which no provider ever issued. Requests without the header (the token
 *       endpoint, the health check) stay without it.
 *   <li><b>Base path.</b> Pacts are written against self-managed Airbyte, under {@value
 *       #PACT_BASE_PATH}; a provider under another base path (Cloud's {@code /v1}, a gateway's
 *       prefix) gets the same request under its own.
 * </ul>
 */
final class InteractionRequests {

  /** Where the pacts' paths start: self-managed Airbyte's public API. */
  static final String PACT_BASE_PATH = "/api/public/v1";

  static final String AUTHORIZATION = "Authorization";

  private final ProviderUnderTest provider;

  InteractionRequests(ProviderUnderTest provider) {
    this.provider = provider;
  }

  /** The Pact target for the provider: its scheme, host and port; paths come from the requests. */
  TestTarget target() {
    URI base = URI.create(provider.baseUrl());
    boolean https = "https".equals(base.getScheme());
    int port = base.getPort() != -1 ? base.getPort() : https ? 443 : 80;
    return https ? new HttpsTestTarget(base.getHost(), port, "/") : new HttpTestTarget(base.getHost(), port, "/");
  }

  /** Prepares {@code request}, replayed for {@code interaction}, for the provider. */
  void prepare(HttpRequest request, Interaction interaction) {
    rebase(request);
    if (request.containsHeader(AUTHORIZATION)) {
      if (sendsExpiredToken(interaction)) {
        provider.expiredAccessToken().ifPresent(token -> request.setHeader(AUTHORIZATION, "Bearer " + token));
      } else {
        request.setHeader(AUTHORIZATION, "Bearer " + provider.accessToken());
      }
    }
  }

  /** Whether the interaction pins the answer to an expired token. */
  static boolean sendsExpiredToken(Interaction interaction) {
    return interaction.getProviderStates().stream()
        .map(ProviderState::getName)
        .anyMatch(ProviderStates.EXPIRED_TOKEN::equals);
  }

  /** The request's path relative to the API base path: {@code /sources/...}. */
  static String apiPath(String pactPath) {
    return pactPath.startsWith(PACT_BASE_PATH) ? pactPath.substring(PACT_BASE_PATH.length()) : pactPath;
  }

  private void rebase(HttpRequest request) {
    String path = request.getPath();
    String basePath = provider.basePath();
    if (!basePath.equals(PACT_BASE_PATH) && path.startsWith(PACT_BASE_PATH + "/")) {
      request.setPath(basePath + path.substring(PACT_BASE_PATH.length()));
    }
  }
}
