package io.github.airbytejava.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.airbytejava.contract.provider.SpecOperations;
import io.github.airbytejava.contract.provider.SpecOperations.SpecOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/contract-coverage.md}: for each operation of the effective spec, whether a
 * pinned pact covers it and with which statuses, and fails below the agreed floor.
 */
@Order(3)
class ContractCoverageIT {

  /** The floor agreed for the contract suite: at least 80 of the 92 operations pinned. */
  static final int MINIMUM_PINNED = 80;

  private final Path pinned = Path.of(System.getProperty("contracts.pinned", "pacts"));
  private final Path report = Path.of(System.getProperty("contracts.coverageReport", "target/contract-coverage.md"));

  @Test
  void writesTheCoverageReportAndPinsAtLeastTheFloor() throws IOException {
    SpecOperations spec = SpecOperations.forEffectiveSpec();
    Map<String, TreeSet<Integer>> statuses = new TreeMap<>();
    List<String> unmatched = new ArrayList<>();
    int interactions = 0;
    for (Path pact : PactFiles.in(pinned)) {
      for (JsonNode interaction : PactFiles.interactions(pact)) {
        interactions++;
        String method = interaction.at("/request/method").asText();
        String path = interaction.at("/request/path").asText();
        Optional<SpecOperation> operation = spec.of(method, path);
        if (operation.isEmpty()) {
          unmatched.add(method + " " + path);
          continue;
        }
        statuses.computeIfAbsent(operation.get().operationId(), k -> new TreeSet<>())
            .add(interaction.at("/response/status").asInt());
      }
    }

    StringBuilder md = new StringBuilder("# Contract coverage\n\n")
        .append("Operations of the effective spec pinned by the consumer pacts in `contract-tests/pacts/`.\n\n")
        .append("| operationId | method | path | pinned | statuses |\n|---|---|---|---|---|\n");
    spec.all().stream()
        .sorted((a, b) -> a.operationId().compareTo(b.operationId()))
        .forEach(op -> {
          TreeSet<Integer> pinnedStatuses = statuses.get(op.operationId());
          md.append("| ").append(op.operationId()).append(" | ").append(op.method()).append(" | `")
              .append(op.pathTemplate()).append("` | ").append(pinnedStatuses == null ? "no" : "yes").append(" | ")
              .append(pinnedStatuses == null ? "" : pinnedStatuses.toString().replaceAll("[\\[\\]]", ""))
              .append(" |\n");
        });
    long withErrors = statuses.values().stream().filter(s -> s.stream().anyMatch(code -> code >= 400)).count();
    md.append("\npinned ").append(statuses.size()).append('/').append(spec.all().size())
        .append(" (").append(interactions).append(" interactions; ").append(withErrors)
        .append(" operations with error responses pinned)\n");
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, md);
    System.out.println("[contracts] pinned " + statuses.size() + "/" + spec.all().size() + ", " + interactions
        + " interactions; report: " + report);

    assertThat(unmatched).as("pinned interactions that match no operation of the effective spec").isEmpty();
    assertThat(statuses.size()).as("operations pinned").isGreaterThanOrEqualTo(MINIMUM_PINNED);
  }
}
