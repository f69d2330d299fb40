package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Types;
import feign.codec.Decoder;
import io.github.airbytejava.generated.model.ApiResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;

/**
 * Decodes a JSON body into a model straight from its bytes.
 *
 * <p>Feign's {@code JacksonDecoder}, which the generated decoder extends, parses from a {@link
 * Reader}: every byte is first decoded to a char, and Jackson's char-based parser is the slower
 * one. Parsing the bytes with Jackson's UTF-8 parser (what JSON on the wire is, RFC 8259) cut the
 * client's CPU per call noticeably in the benchmarks (docs/benchmarks.md). {@code WithHttpInfo}
 * responses ({@link ApiResponse}) and binary types are left to the generated decoder.
 */
final class Utf8JsonDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final Decoder generated;

  Utf8JsonDecoder(ObjectMapper mapper, Decoder generated) {
    this.mapper = mapper;
    this.generated = generated;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (response.body() == null || !isModel(type)) {
      return generated.decode(response, type);
    }
    try (InputStream body = response.body().asInputStream()) {
      return mapper.readValue(body, mapper.constructType(type));
    }
  }

  private static boolean isModel(Type type) {
    Class<?> raw = Types.getRawType(type);
    return !ApiResponse.class.isAssignableFrom(raw)
        && !File.class.isAssignableFrom(raw)
        && !byte[].class.isAssignableFrom(raw)
        && !InputStream.class.isAssignableFrom(raw);
  }
}
