package io.github.airbytejava.client.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads Feign's header maps, whose values are collections, one value at a time. */
final class Headers {

  private Headers() {}

  /** The first value of header {@code name}, if the message has one. */
  static Optional<String> first(Map<String, Collection<String>> headers, String name) {
    Collection<String> values = headers.get(name);
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(values.iterator().next());
  }
}
