package io.github.airbytejava.specchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectiveSpecTest {

  @TempDir Path folder;

  @Test
  void aSpecDeclaring31IsHandedToTheToolsAs303SoThatTheyCheckTypes() {
    EffectiveSpec spec = TinySpec.base().with(s -> s.put("openapi", "3.1.0")).writeTo(folder.resolve("spec.yaml"));

    assertThat(spec.text()).contains("3.0.3").doesNotContain("3.1.0");
    assertThat(spec.operationCount()).isEqualTo(2);
  }

  @Test
  void knowsItsServerPaths() {
    EffectiveSpec spec = TinySpec.base().writeTo(folder.resolve("spec.yaml"));

    assertThat(spec.serverPaths()).containsExactly("/v1", "/api/public/v1");
  }

  @Test
  void refusesWhatIsNoOpenApiDocument() {
    Path pact = TestFiles.write(folder.resolve("pact.json"), "{\"interactions\": []}");

    assertThatThrownBy(() -> EffectiveSpec.read(pact)).hasMessageContaining("is not an OpenAPI document");
  }
}
