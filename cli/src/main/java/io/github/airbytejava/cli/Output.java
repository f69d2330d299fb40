package io.github.airbytejava.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.airbytejava.generated.invoker.ApiClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Prints results as aligned text for people, or as JSON (with {@code --json}) for scripts. */
final class Output {

  private static final ObjectMapper JSON = ApiClient.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintWriter out;
  private final boolean json;

  Output(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  boolean json() {
    return json;
  }

  /** A single object: JSON, or the given text. */
  void object(Object value, String text) {
    out.println(json ? toJson(value) : text);
    out.flush();
  }

  /** A list: a JSON array, or one aligned row per item under a header. */
  <T> void table(List<T> items, List<String> header, Function<T, List<String>> row) {
    if (json) {
      out.println(toJson(items));
    } else {
      List<List<String>> rows = new java.util.ArrayList<>();
      rows.add(header);
      items.forEach(item -> rows.add(row.apply(item)));
      int[] widths = new int[header.size()];
      rows.forEach(r -> {
        for (int i = 0; i < r.size(); i++) {
          widths[i] = Math.max(widths[i], String.valueOf(r.get(i)).length());
        }
      });
      rows.forEach(r -> {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
          line.append(i == r.size() - 1 ? String.valueOf(r.get(i)) : String.format("%-" + (widths[i] + 2) + "s", r.get(i)));
        }
        out.println(line.toString().stripTrailing());
      });
      out.println("(" + items.size() + (items.size() == 1 ? " item)" : " items)"));
    }
    out.flush();
  }

  /** A line for people; nothing in JSON mode, so that stdout stays parseable. */
  void say(String line) {
    if (!json) {
      out.println(line);
      out.flush();
    }
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot print " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static ObjectMapper mapper() {
    return JSON;
  }
}
