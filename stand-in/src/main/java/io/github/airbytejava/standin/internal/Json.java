package io.github.airbytejava.standin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.airbytejava.generated.invoker.ApiClient;

/**
 * The one ObjectMapper of the stand-in: the generated client's own, so that the models are written
 * exactly as the client reads them (nulls left out, enums by their wire value, dates as RFC 3339).
 */
public final class Json {
  private static final ObjectMapper MAPPER = ApiClient.newObjectMapper();

  private Json() {}

  /** The shared mapper. Configured once; safe to use from any thread. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A model or JSON tree as JSON bytes.
   *
   * @throws IllegalStateException when the value cannot be serialised, a bug in the stand-in
   */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass().getName(), e);
    }
  }
}
