package io.github.airbytejava.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report helpers compute the ratios and quantiles the docs quote. */
class ResultsTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ratioToTheFloorCarriesTheRangeTheIntervalsAllow() throws Exception {
    JsonNode results =
        JSON.readTree(
            "["
                + result("latency", "FLOOR", "20", 100, 10, "us/op")
                + ","
                + result("latency", "JDK", "20", 130, 13, "us/op")
                + "]");

    String report = new ResultsTable(results).render();

    // 130/100; low (130-13)/(100+10) = 1.06; high (130+13)/(100-10) = 1.59
    assertThat(report)
        .contains("| 20 | 100 ± 10.0 µs/op | 130 ± 13.0 µs/op<br>**1.30×** (1.06-1.59) |");
  }

  @Test
  void throughputRatiosArePercentages() throws Exception {
    JsonNode floor = JSON.readTree(result("throughput", "FLOOR", "1", 10_000, 0, "ops/s"));
    JsonNode client = JSON.readTree(result("throughput", "JDK", "1", 8_500, 0, "ops/s"));

    assertThat(ResultsTable.ratio(client, floor, true)).isEqualTo("**85%** (85-85%)");
  }

  @Test
  void quantilesInterpolateBetweenRanks() {
    List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0);

    assertThat(Reports.quantile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(Reports.quantile(sorted, 0.25)).isEqualTo(1.75);
    assertThat(Reports.quantile(sorted, 1.0)).isEqualTo(4.0);
  }

  private static String result(
      String method, String via, String size, double score, double error, String unit) {
    return "{\"benchmark\":\"io.github.airbytejava.benchmarks.ListSourcesBenchmark."
        + method
        + "\",\"params\":{\"via\":\""
        + via
        + "\",\"pageSize\":\""
        + size
        + "\"},\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":"
        + error
        + ",\"scoreUnit\":\""
        + unit
        + "\"},\"secondaryMetrics\":{}}";
  }
}
