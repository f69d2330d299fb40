package io.github.airbytejava.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The floor: the least a program can do to make the same call. One shared {@link HttpClient}
 * (HTTP/1.1, as the client uses over plain HTTP), a request built per call with the same {@code
 * Authorization} and {@code Accept} headers, the body read as bytes and parsed with Jackson's
 * {@code readTree}. No typed models, retries, error mapping or logging.
 */
public final class FloorCaller implements Caller {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final ObjectMapper json = new ObjectMapper();
  private final String authorization = "Bearer " + Payloads.ACCESS_TOKEN;
  private final String sourcesUrl;

  /** A floor caller of the server at {@code baseUrl}. */
  public FloorCaller(String baseUrl) {
    // The query the generated client sends, so that both ask for the same bytes.
    this.sourcesUrl =
        baseUrl + "/sources?workspaceIds=" + Payloads.WORKSPACE_ID + "&includeDeleted=false&limit=";
  }

  @Override
  public int listSources(int pageSize) {
    return get(URI.create(sourcesUrl + pageSize + "&offset=0")).get("data").size();
  }

  private JsonNode get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    // Java 17's HttpClient has no close(); its threads end once it is unreachable.
  }
}
