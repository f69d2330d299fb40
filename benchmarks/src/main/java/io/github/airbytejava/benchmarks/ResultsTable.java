package io.github.airbytejava.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of {@code
 * docs/benchmarks.md}: the floor and each transport side by side per page size, with JMH's 99.9%
 * confidence intervals as error bars and the ratio to the floor (with the range the intervals
 * allow), then allocation per call, then every other benchmark as a list.
 *
 * <p>Usage: {@code ResultsTable <jmh-result.json> [report.md]}.
 */
public final class ResultsTable {

  private static final String LIST_SOURCES = ListSourcesBenchmark.class.getName() + ".";
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final List<JsonNode> results = new ArrayList<>();

  ResultsTable(JsonNode jmhJson) {
    jmhJson.forEach(results::add);
  }

  /** Prints (and optionally writes) the tables. */
  public static void main(String[] args) throws IOException {
    JsonNode json = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    String report = new ResultsTable(json).render();
    System.out.print(report);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
    }
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append("### GET /sources, one thread: time per call (lower is better)\n\n");
    comparison(out, "latency", false);
    out.append("\n### GET /sources, 8 threads: calls per second (higher is better)\n\n");
    comparison(out, "throughput", true);
    out.append("\n### GET /sources: bytes allocated per call (one thread, `-prof gc`)\n\n");
    allocation(out, "latency");
    out.append("\n### GET /sources: bytes allocated per call (8 threads, `-prof gc`)\n\n");
    allocation(out, "throughput");
    out.append("\n### Other benchmarks\n\n");
    others(out);
    return out.toString();
  }

  private void comparison(StringBuilder out, String method, boolean higherIsBetter) {
    List<String> vias = vias();
    Reports.header(out, vias);
    for (String size : pageSizes()) {
      JsonNode floor = find(method, Via.FLOOR.name(), size);
      out.append("| ").append(size).append(" |");
      for (String via : vias) {
        JsonNode result = find(method, via, size);
        out.append(' ').append(result == null ? "-" : scoreWithError(result.get("primaryMetric")));
        if (result != null && floor != null && !via.equals(Via.FLOOR.name())) {
          out.append("<br>").append(ratio(result, floor, higherIsBetter));
        }
        out.append(" |");
      }
      out.append('\n');
    }
  }

  private void allocation(StringBuilder out, String method) {
    List<String> vias = vias();
    Reports.header(out, vias);
    for (String size : pageSizes()) {
      out.append("| ").append(size).append(" |");
      for (String via : vias) {
        JsonNode result = find(method, via, size);
        JsonNode alloc = result == null ? null : result.path("secondaryMetrics").get(ALLOCATION);
        out.append(' ').append(alloc == null ? "-" : scoreWithError(alloc)).append(" |");
      }
      out.append('\n');
    }
  }

  private void others(StringBuilder out) {
    out.append("| benchmark | parameters | score | allocated per op |\n|---|---|---:|---:|\n");
    for (JsonNode result : results) {
      String name = result.get("benchmark").asText();
      if (name.startsWith(LIST_SOURCES)) {
        continue;
      }
      JsonNode alloc = result.path("secondaryMetrics").get(ALLOCATION);
      out.append("| ")
          .append(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1))
          .append(" | ")
          .append(result.path("params").isMissingNode() ? "" : params(result.get("params")))
          .append(" | ")
          .append(scoreWithError(result.get("primaryMetric")))
          .append(" | ")
          .append(alloc == null ? "-" : scoreWithError(alloc))
          .append(" |\n");
    }
  }

  /** Ratio to the floor, with the range the two confidence intervals allow. */
  static String ratio(JsonNode result, JsonNode floor, boolean asPercent) {
    JsonNode c = result.get("primaryMetric");
    JsonNode f = floor.get("primaryMetric");
    double cs = c.get("score").asDouble();
    double ce = error(c);
    double fs = f.get("score").asDouble();
    double fe = error(f);
    double ratio = cs / fs;
    double low = (cs - ce) / (fs + fe);
    double high = fe < fs ? (cs + ce) / (fs - fe) : Double.POSITIVE_INFINITY;
    if (asPercent) {
      return String.format(
          Locale.ROOT, "**%.0f%%** (%.0f-%.0f%%)", ratio * 100, low * 100, high * 100);
    }
    return String.format(Locale.ROOT, "**%.2f×** (%.2f-%.2f)", ratio, low, high);
  }

  static String scoreWithError(JsonNode metric) {
    double score = metric.get("score").asDouble();
    double error = error(metric);
    String unit = metric.get("scoreUnit").asText().replace("us/op", "µs/op");
    return number(score) + " ± " + number(error) + " " + unit;
  }

  /** JMH writes "NaN" as the error of a single measurement; treat it as unknown (0). */
  private static double error(JsonNode metric) {
    double error = metric.path("scoreError").asDouble(0);
    return Double.isNaN(error) ? 0 : error;
  }

  static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String params(JsonNode params) {
    List<String> parts = new ArrayList<>();
    params.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
    return String.join(", ", parts);
  }

  private List<String> vias() {
    List<String> vias = new ArrayList<>();
    for (Via via : Via.values()) {
      if (results.stream()
          .anyMatch(r -> via.name().equals(r.path("params").path("via").asText()))) {
        vias.add(via.name());
      }
    }
    return vias;
  }

  private List<String> pageSizes() {
    List<String> sizes = new ArrayList<>();
    for (JsonNode result : results) {
      String size = result.path("params").path("pageSize").asText("");
      if (!size.isEmpty() && !sizes.contains(size)) {
        sizes.add(size);
      }
    }
    sizes.sort((a, b) -> Integer.parseInt(a) - Integer.parseInt(b));
    return sizes;
  }

  private JsonNode find(String method, String via, String size) {
    for (JsonNode result : results) {
      JsonNode params = result.path("params");
      if (result.get("benchmark").asText().equals(LIST_SOURCES + method)
          && via.equals(params.path("via").asText())
          && size.equals(params.path("pageSize").asText())) {
        return result;
      }
    }
    return null;
  }
}
