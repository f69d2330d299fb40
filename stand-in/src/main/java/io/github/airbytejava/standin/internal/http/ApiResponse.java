package io.github.airbytejava.standin.internal.http;

import io.github.airbytejava.standin.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * What an operation answers, before it is written: a status and, usually, one of the generated
 * models as body. {@link #render()} turns it into bytes with the generated client's ObjectMapper.
 */
public final class ApiResponse {
  private final int status;
  @Nullable private final Object body;
  @Nullable private final String contentType;
  private final Map<String, String> headers;

  private ApiResponse(
      int status,
      @Nullable Object body,
      @Nullable String contentType,
      Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.contentType = contentType;
    this.headers = Map.copyOf(headers);
  }

  /** 200 with a JSON body. */
  public static ApiResponse ok(Object body) {
    return new ApiResponse(200, body, "application/json", Map.of());
  }

  /** 201 with a JSON body. */
  public static ApiResponse created(Object body) {
    return new ApiResponse(201, body, "application/json", Map.of());
  }

  /** 200 without a body, for the operations whose 200 declares no content. */
  public static ApiResponse okEmpty() {
    return new ApiResponse(200, null, null, Map.of());
  }

  /** 204 without a body. */
  public static ApiResponse noContent() {
    return new ApiResponse(204, null, null, Map.of());
  }

  /** 200 with an HTML page. */
  public static ApiResponse html(String page) {
    return new ApiResponse(200, page, "text/html; charset=utf-8", Map.of());
  }

  /** 302 to {@code location}. */
  public static ApiResponse redirect(String location) {
    return new ApiResponse(302, null, null, Map.of("Location", location));
  }

  /**
   * Serialises the body. Called under the state lock, so the models cannot change while being
   * written.
   */
  public Reply render() {
    if (body == null) {
      return new Reply(status, null, headers, new byte[0]);
    }
    if (body instanceof String text) {
      return new Reply(status, contentType, headers, text.getBytes(StandardCharsets.UTF_8));
    }
    return new Reply(status, contentType, headers, Json.bytes(body));
  }
}
