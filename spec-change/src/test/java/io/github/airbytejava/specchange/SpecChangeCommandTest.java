package io.github.airbytejava.specchange;

import static io.github.airbytejava.specchange.TinySpec.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecChangeCommandTest {

  @TempDir Path folder;
  private Path before;
  private Path pins;
  private Path out;

  @BeforeEach
  void files() {
    before = folder.resolve("old.yaml");
    TinySpec.base().writeTo(before);
    pins = folder.resolve("pins");
    out = folder.resolve("report");
    TestFiles.write(pins.resolve("tiny.json"), """
        {"consumer": {"name": "tiny-client"}, "provider": {"name": "tiny-api"},
         "interactions": [{"description": "a paused thing",
           "request": {"method": "GET", "path": "/v1/things/7"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                        "body": {"thingId": 7, "status": "paused"}}}],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """);
  }

  private String[] args(Path after) {
    return new String[] {"--old=" + before, "--new=" + after, "--pins=" + pins, "--out=" + out};
  }

  @Test
  void aBrokenPinFailsTheCommandAfterTheReportIsWritten() {
    Path after = folder.resolve("new.yaml");
    TinySpec.base().with(spec -> schema(spec, "Status").putArray("enum").add("active")).writeTo(after);

    assertThatThrownBy(() -> SpecChangeCommand.main(args(after)))
        .isInstanceOf(BrokenContractsException.class)
        .hasMessageContaining("1 pinned contract interaction(s) no longer validate")
        .hasMessageContaining("report.md");
    assertThat(out.resolve("report.md")).content().contains("a paused thing", "validation.response.body.schema.enum");
    assertThat(out.resolve("report.json")).content().contains("\"brokenContracts\" : 1");
  }

  @Test
  void theSameSpecReportsNoChangeAndSucceeds() {
    assertThatCode(() -> SpecChangeCommand.main(args(before))).doesNotThrowAnyException();

    assertThat(out.resolve("report.md")).content().contains("**No change**");
    assertThat(out.resolve("report.json")).content().contains("\"changed\" : false");
  }

  @Test
  void withoutABaselineItSaysToRunTheWholeCommand() {
    assertThatThrownBy(() -> SpecChangeCommand.run(folder.resolve("absent.yaml"), before, pins))
        .hasMessageContaining("No baseline at")
        .hasMessageContaining("mvn -B -Pupdate-spec -Dspec=");
  }
}
