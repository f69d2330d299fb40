package io.github.airbytejava.specchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static final OperationRef GET_JOB = new OperationRef("getJob", "get", "/jobs/{jobId}");

  private static SpecChangeReport report(SpecChanges changes, ContractCheck contracts) {
    return new SpecChangeReport("old.yaml", 84, "new.yaml", 92, changes, "contract-tests/pacts", contracts);
  }

  @Test
  void brokenContractsComeFirstAndTheirMessagesCannotBreakTheTable() {
    SpecChanges changes = new SpecChanges(List.of(), List.of(), List.of(new OperationChange(GET_JOB,
        List.of(new Change(ChangeKind.RESPONSE_ENUM_VALUE_ADDED, "response 200: status", "+ queued")))));
    BrokenContract broken = new BrokenContract(
        "client.json", "client", "a queued job", "GET /v1/jobs/42", List.of("key: one | two\nthree"));
    ContractCheck contracts = new ContractCheck(1, 3, List.of(broken), List.of());

    String markdown = MarkdownReport.render(report(changes, contracts));

    assertThat(markdown).contains("| **broken contracts** | **1** |",
        "| pinned interactions checked | 3 (1 pact files in `contract-tests/pacts`) |");
    assertThat(markdown.indexOf("## Broken contracts")).isLessThan(markdown.indexOf("## Breaking changes"));
    assertThat(markdown).contains("key: one \\| two three");
    assertThat(markdown).contains(
        "| `getJob` `GET /jobs/{jobId}` | enum value added to a response | response 200: status | + queued |");
  }

  @Test
  void noChangeIsSaidOnceWithoutEmptySections() {
    String markdown = MarkdownReport.render(report(new SpecChanges(List.of(), List.of(), List.of()),
        new ContractCheck(0, 0, List.of(), List.of())));

    assertThat(markdown).contains("**No change**").doesNotContain("## Breaking changes");
  }
}
