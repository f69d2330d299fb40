package io.github.airbytejava.standin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Real HTTP on loopback against a stand-in, with a token fetched the way any client fetches one.
 */
final class TestHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String baseUrl;
  private final String clientId;
  private final String clientSecret;
  @Nullable private String token;

  TestHttp(AirbyteStandIn standIn) {
    this(standIn.baseUrl(), standIn.clientId(), standIn.clientSecret());
  }

  TestHttp(String baseUrl, String clientId, String clientSecret) {
    this.baseUrl = baseUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** Gets a fresh token with the client credentials, keeps it for later requests and returns it. */
  String login() {
    Exchange exchange = tokenRequest(clientId, clientSecret);
    if (exchange.status() != 200) {
      throw new AssertionError("Token request failed: " + exchange);
    }
    token = exchange.json().get("access_token").asText();
    return token;
  }

  /** A token request with these credentials, as JSON. */
  Exchange tokenRequest(String id, String secret) {
    return send(
        "POST",
        "/applications/token",
        "{\"client_id\":\""
            + id
            + "\",\"client_secret\":\""
            + secret
            + "\",\"grant-type\":\"client_credentials\"}",
        "application/json",
        null);
  }

  /** A page for a person: no token, and Accept text/html. */
  Exchange page(String path) {
    return send("GET", path, null, null, null, "text/html");
  }

  Exchange get(String path) {
    return authenticated("GET", path, null);
  }

  Exchange post(String path, String json) {
    return authenticated("POST", path, json);
  }

  Exchange patch(String path, String json) {
    return authenticated("PATCH", path, json);
  }

  Exchange put(String path, String json) {
    return authenticated("PUT", path, json);
  }

  Exchange delete(String path) {
    return authenticated("DELETE", path, null);
  }

  /** A request with the kept token (fetching one first if needed). */
  Exchange authenticated(String method, String path, @Nullable String json) {
    if (token == null) {
      login();
    }
    return send(method, path, json, json == null ? null : "application/json", "Bearer " + token);
  }

  /**
   * Any request.
   *
   * @param path relative to the base URL, with its query
   * @param body the body, or null for none
   * @param contentType its Content-Type, or null
   * @param authorization the Authorization header, or null for none
   */
  Exchange send(
      String method,
      String path,
      @Nullable String body,
      @Nullable String contentType,
      @Nullable String authorization) {
    return send(method, path, body, contentType, authorization, "application/json");
  }

  /** Any request, accepting {@code accept}. */
  Exchange send(
      String method,
      String path,
      @Nullable String body,
      @Nullable String contentType,
      @Nullable String authorization,
      String accept) {
    URI uri = URI.create(baseUrl + path);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.put("Accept", List.of(accept));
    if (contentType != null) {
      headers.put("Content-Type", List.of(contentType));
    }
    if (authorization != null) {
      headers.put("Authorization", List.of(authorization));
    }
    headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Exchange(
          method,
          uri,
          headers,
          body == null ? "" : body,
          response.statusCode(),
          response.headers(),
          response.body());
    } catch (IOException e) {
      throw new AssertionError("Request failed: " + method + " " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted: " + method + " " + uri, e);
    }
  }
}
