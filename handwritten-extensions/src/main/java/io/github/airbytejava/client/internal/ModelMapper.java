package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.airbytejava.generated.invoker.ApiClient;

/** The ObjectMapper for the generated models: the generated configuration, plus input limits. */
public final class ModelMapper {

  /**
   * Far deeper than any Airbyte document (connector configurations nest a few levels), far
   * shallower than a nesting bomb: deeper input fails fast as an AirbyteDecodeException.
   */
  static final int MAX_NESTING_DEPTH = 200;

  private ModelMapper() {}

  /** A new mapper: {@link ApiClient#newObjectMapper()} with {@link #MAX_NESTING_DEPTH}. */
  public static ObjectMapper create() {
    ObjectMapper mapper = ApiClient.newObjectMapper();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    return mapper;
  }
}
