package io.github.airbytejava.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UpstreamSpecProvenanceTest {

  private static final Path UPSTREAM = Path.of("upstream");

  @Test
  void vendoredSpecMatchesTheSha256InItsProvenanceRecord() throws Exception {
    Provenance provenance = provenance();
    Path spec = UPSTREAM.resolve(provenance.get("file").orElseThrow());

    assertThat(Provenance.sha256(Files.readAllBytes(spec)))
        .as("%s was edited by hand or replaced without updating provenance.properties", spec)
        .isEqualTo(provenance.get("sha256").orElse(null));
  }

  @Test
  void provenanceRecordNamesTheUpstreamSource() {
    Provenance provenance = provenance();

    assertThat(provenance.get("source.repository").orElse(null)).isNotBlank();
    assertThat(provenance.get("source.path").orElse(null)).endsWith(".yaml");
    assertThat(provenance.get("source.date").orElse(null)).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(provenance.get("sha256").orElse(null)).matches("[0-9a-f]{64}");
  }

  @Test
  void elasticLicenceTextSitsBesideTheVendoredSpec() throws Exception {
    assertThat(Files.readString(UPSTREAM.resolve("LICENSE-ELv2.txt"))).contains("Elastic License 2.0");
  }

  static Provenance provenance() {
    return Provenance.read(UPSTREAM.resolve(VendorSpec.PROVENANCE));
  }
}
