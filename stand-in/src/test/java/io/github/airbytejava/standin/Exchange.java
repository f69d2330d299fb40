package io.github.airbytejava.standin;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request sent to the stand-in and the response it got, in the shapes the spec validator reads.
 */
record Exchange(
    String method,
    URI uri,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    int status,
    HttpHeaders responseHeaders,
    String body) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The response body as JSON. */
  JsonNode json() {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON (status " + status + "): " + body, e);
    }
  }

  /** The response's Content-Type, or "" when none. */
  String contentType() {
    return responseHeaders.firstValue("Content-Type").orElse("");
  }

  /** The request as the validator reads it. */
  Request validatorRequest() {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        String name =
            URLDecoder.decode(
                equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value =
            equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        request.withQueryParam(name, value);
      }
    }
    requestHeaders.forEach(request::withHeader);
    if (!requestBody.isEmpty()) {
      request.withBody(requestBody);
    }
    return request.build();
  }

  /** The response as the validator reads it. */
  Response validatorResponse() {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    responseHeaders.map().forEach(response::withHeader);
    if (!body.isEmpty()) {
      response.withBody(body);
    }
    return response.build();
  }

  @Override
  public String toString() {
    // Shown in assertion messages: the request line and the answer, never the headers (they hold
    // tokens).
    return method
        + " "
        + uri
        + " -> "
        + status
        + " "
        + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
  }
}
