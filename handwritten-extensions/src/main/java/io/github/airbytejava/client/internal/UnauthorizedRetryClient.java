package io.github.airbytejava.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole 401 story, as a Feign {@link Client} around the transport.
 *
 * <p>A response {@code 401} to a request means its credentials were rejected. The client asks the
 * {@link Credentials} to renew them: a client-credentials token is invalidated (only if it is still
 * the cached one) and a fresh one fetched. If that gives a different {@code Authorization} value,
 * the request is sent once more with the header <em>replaced</em>; whatever that returns is final,
 * so a second 401 becomes an {@link io.github.airbytejava.client.AirbyteAuthenticationException}
 * and nothing further is sent. Fixed credentials (a bearer token, basic auth) renew to nothing, so
 * their first 401 is final. A 403 is never retried: other credentials would not be asked for.
 *
 * <p>This retry is separate from the {@link RetryPolicy}'s and does not count against {@code
 * maxRetries}.
 */
public final class UnauthorizedRetryClient implements Client {

  private static final Logger log = LoggerFactory.getLogger(UnauthorizedRetryClient.class);

  private final Client transport;
  private final Credentials credentials;

  /** A client sending through {@code transport}, renewing {@code credentials} after a 401. */
  public UnauthorizedRetryClient(Client transport, Credentials credentials) {
    this.transport = transport;
    this.credentials = credentials;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = transport.execute(request, options);
    if (response.status() != 401) {
      return response;
    }
    Optional<String> renewed;
    try {
      renewed =
          Headers.first(request.headers(), AuthorizationInterceptor.AUTHORIZATION)
              .flatMap(credentials::renewAfterRejection);
    } catch (RuntimeException e) {
      Bodies.discard(response);
      throw e;
    }
    if (renewed.isEmpty()) {
      return response;
    }
    Bodies.discard(response);
    log.debug(
        "{} {} was answered 401; retrying once with renewed credentials",
        request.httpMethod(),
        RequestDescriptions.pathOf(request.url()));
    return transport.execute(withAuthorization(request, renewed.get()), options);
  }

  private static Request withAuthorization(Request request, String authorization) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    headers.put(AuthorizationInterceptor.AUTHORIZATION, List.of(authorization));
    return Request.create(
        request.httpMethod(),
        request.url(),
        headers,
        request.body(),
        request.charset(),
        request.requestTemplate());
  }
}
