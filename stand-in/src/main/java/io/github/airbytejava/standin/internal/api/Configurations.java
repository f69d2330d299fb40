package io.github.airbytejava.standin.internal.api;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Nullable;

/** Connector configurations: free-form JSON objects, read by Jackson as maps. */
final class Configurations {
  private Configurations() {}

  /** A copy of a configuration; an empty one for null. */
  static Map<String, Object> copy(@Nullable Object configuration) {
    Map<String, Object> result = new LinkedHashMap<>();
    if (configuration instanceof Map<?, ?> map) {
      map.forEach((key, value) -> result.put(String.valueOf(key), value));
    }
    return result;
  }

  /** PATCH semantics: the patch's top-level keys replace the current ones, the others stay. */
  static Map<String, Object> merge(@Nullable Object current, @Nullable Object patch) {
    Map<String, Object> result = copy(current);
    result.putAll(copy(patch));
    return result;
  }
}
