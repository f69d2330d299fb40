package io.github.airbytejava.specchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.spec.Provenance;
import io.github.airbytejava.spec.SpecSource;
import io.github.airbytejava.spec.SpecUpdateUsageException;
import io.github.airbytejava.spec.UnmatchedOverlayActionsException;
import io.github.airbytejava.spec.VendorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first step of {@code mvn -Pupdate-spec}: openapi/'s VendorSpec, on a scratch copy of openapi/. */
class VendorSpecTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @TempDir Path folder;
  private Path openapi;
  private Path vendored;
  private Path provenance;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void copyOpenapi() {
    openapi = TestFiles.openapiCopy(folder.resolve("openapi"));
    vendored = openapi.resolve("upstream/airbyte-api.yaml");
    provenance = openapi.resolve("upstream/provenance.properties");
  }

  private String[] args(String spec, String source, String date) {
    return new String[] {"--spec=" + spec, "--upstream=" + openapi.resolve("upstream"),
        "--overlays=" + openapi.resolve("overlays"), "--old-effective=" + baseline(), "--source=" + source,
        "--date=" + date};
  }

  private Path baseline() {
    return openapi.resolve("target/spec-change/old-effective.yaml");
  }

  private VendorSpec.Outcome run(String... args) {
    return VendorSpec.run(VendorSpec.request(args, TODAY), log::add);
  }

  @Test
  void withoutDashDspecItSaysHowToCallTheCommand() {
    for (String missing : List.of("", "${spec}")) {
      assertThatThrownBy(() -> run(args(missing, "", "")))
          .isInstanceOf(SpecUpdateUsageException.class)
          .hasMessageContaining("-Dspec is missing")
          .hasMessageContaining("Usage: mvn -B -Pupdate-spec -Dspec=<path to the new upstream api.yaml>");
    }
  }

  @Test
  void aDashDspecThatIsNoFileIsRefusedBeforeAnythingChanges() {
    assertThatThrownBy(() -> run(args(folder.resolve("nowhere.yaml").toString(), "", "")))
        .isInstanceOf(SpecUpdateUsageException.class)
        .hasMessageContaining("is not a file")
        .hasMessageContaining("Usage:");
    assertThat(baseline()).doesNotExist();
  }

  @Test
  void aFileThatIsNoOpenApiDocumentIsNotTakenIn() throws IOException {
    Path pact = TestFiles.write(folder.resolve("pact.json"), "{\"consumer\": {\"name\": \"x\"}, \"interactions\": []}");

    assertThatThrownBy(() -> run(args(pact.toString(), "", "")))
        .isInstanceOf(SpecUpdateUsageException.class)
        .hasMessageContaining("is not an OpenAPI 3 document");
    assertThat(Files.readAllBytes(vendored)).isEqualTo(TestFiles.bytes(TestFiles.CURRENT_SPEC));
  }

  @Test
  void anOverlayActionThatNoLongerMatchesIsNamedAndNothingIsCopied() throws IOException {
    // As if Airbyte had fixed one defect: the six `x-implements` lines are gone.
    String fixed = Files.readString(TestFiles.CURRENT_SPEC).replaceAll("(?m)^\\s*x-implements:.*\\R", "");
    Path newSpec = TestFiles.write(folder.resolve("fixed.yaml"), fixed);
    String provenanceBefore = Files.readString(provenance);

    assertThatThrownBy(() -> run(args(newSpec.toString(), "", "")))
        .isInstanceOf(UnmatchedOverlayActionsException.class)
        .hasMessageContaining("1 overlay action(s) no longer match")
        .hasMessageContaining("'Drop what only Airbyte's own build understands' action #1")
        .hasMessageContaining("(target $.components.schemas.*['x-implements'])");
    assertThat(Files.readAllBytes(vendored)).isEqualTo(TestFiles.bytes(TestFiles.CURRENT_SPEC));
    assertThat(Files.readString(provenance)).isEqualTo(provenanceBefore);
    assertThat(log).anyMatch(line -> line.contains("was NOT taken in"));
    assertThat(baseline()).exists();
  }

  @Test
  void takingInRecordsShaDatesAndSourceAndKeepsTheComments() throws IOException {
    String url = "https://raw.githubusercontent.com/airbytehq/airbyte-platform/"
        + "09c3a498057b0fbb87e39511670d60a11f409f40/airbyte-api/server-api/src/main/openapi/api.yaml";

    assertThat(run(args(TestFiles.OLDER_SPEC.toString(), url, "2025-10-29"))).isEqualTo(VendorSpec.Outcome.VENDORED);

    assertThat(Files.readAllBytes(vendored)).isEqualTo(TestFiles.bytes(TestFiles.OLDER_SPEC));
    Provenance record = Provenance.read(provenance);
    assertThat(record.get("sha256")).contains("a10214b2dfd1a2388b83a4a05729c8cc4962554a71a5b9692e2c71a0e7c80908");
    assertThat(record.get("source.repository")).contains("airbytehq/airbyte-platform");
    assertThat(record.get("source.commit")).contains("09c3a498057b0fbb87e39511670d60a11f409f40");
    assertThat(record.get("source.path")).contains("airbyte-api/server-api/src/main/openapi/api.yaml");
    assertThat(record.get("source.date")).contains("2025-10-29");
    assertThat(record.get("vendored.date")).contains("2026-11-28");
    assertThat(Files.readAllLines(provenance)).first().asString().startsWith("# The provenance record");
    assertThat(Provenance.sha256(Files.readAllBytes(vendored))).isEqualTo(record.get("sha256").orElseThrow());
  }

  @Test
  void withoutASourceTheOldCommitIsNotLeftStandingForTheNewFile() {
    run(args(TestFiles.OLDER_SPEC.toString(), "", ""));

    Provenance record = Provenance.read(provenance);
    assertThat(record.get("source.commit")).contains("unknown");
    assertThat(record.get("source.date")).contains("2026-11-28");
    assertThat(log).anyMatch(line -> line.contains("no -Dspec.source given"));
  }

  @Test
  void theVendoredFileAgainChangesNothing() throws IOException {
    String provenanceBefore = Files.readString(provenance);

    assertThat(run(args(TestFiles.CURRENT_SPEC.toString(), "", ""))).isEqualTo(VendorSpec.Outcome.ALREADY_VENDORED);

    assertThat(Files.readString(provenance)).isEqualTo(provenanceBefore);
    assertThat(baseline()).exists();
  }

  @Test
  void sourcesAreReadInThreeSpellingsAndMustNameACommit() {
    assertThat(SpecSource.parse("airbytehq/airbyte-platform@5C00290A"))
        .isEqualTo(new SpecSource("airbytehq/airbyte-platform", "5c00290a", Optional.empty()));
    String commit = "5c00290a597829b8e56ffe2b22ed9eb64d8e4e56";
    assertThat(SpecSource.parse("https://github.com/airbytehq/airbyte-platform/blob/" + commit + "/a/api.yaml"))
        .isEqualTo(new SpecSource("airbytehq/airbyte-platform", commit, Optional.of("a/api.yaml")));
    assertThatThrownBy(() -> SpecSource.parse("airbytehq/airbyte-platform@main"))
        .isInstanceOf(SpecUpdateUsageException.class)
        .hasMessageContaining("names no fixed version");
  }

  @Test
  void aDateThatIsNoDateIsRefused() {
    assertThatThrownBy(() -> run(args(TestFiles.OLDER_SPEC.toString(), "", "29.10.2025")))
        .isInstanceOf(SpecUpdateUsageException.class)
        .hasMessageContaining("is not a date like 2026-07-24");
  }
}
