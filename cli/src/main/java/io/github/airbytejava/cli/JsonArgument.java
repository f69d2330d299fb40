package io.github.airbytejava.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.airbytejava.client.AirbyteConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A JSON object given on the command line, inline or as {@code @file}. */
final class JsonArgument {

  private JsonArgument() {}

  /** The object; a message naming the option and the problem when it is not a JSON object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String option, String value) {
    String text = value;
    if (value.startsWith("@")) {
      Path file = Path.of(value.substring(1));
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        throw new AirbyteConfigurationException(option + ": cannot read " + file + " (" + e.getMessage() + ")");
      }
    }
    try {
      Object parsed = Output.mapper().readValue(text, Object.class);
      if (parsed instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
    } catch (JsonProcessingException e) {
      throw new AirbyteConfigurationException(option + " is not valid JSON: " + e.getOriginalMessage()
          + ". Give a JSON object, e.g. '{\"host\":\"db\",\"port\":5432}', or @file.json");
    }
    throw new AirbyteConfigurationException(option + " must be a JSON object, e.g. '{\"host\":\"db\"}', or @file.json");
  }
}
