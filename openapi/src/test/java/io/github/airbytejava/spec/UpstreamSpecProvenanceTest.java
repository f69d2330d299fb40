package io.github.airbytejava.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UpstreamSpecProvenanceTest {

  private static final Path UPSTREAM = Path.of("upstream");

  @Test
  void vendoredSpecMatchesTheSha256InItsProvenanceRecord() throws Exception {
    Properties provenance = provenance();
    Path spec = UPSTREAM.resolve(provenance.getProperty("file"));

    assertThat(sha256(spec))
        .as("%s was edited by hand or replaced without updating provenance.properties", spec)
        .isEqualTo(provenance.getProperty("sha256"));
  }

  @Test
  void provenanceRecordNamesTheUpstreamSource() throws Exception {
    Properties provenance = provenance();

    assertThat(provenance.getProperty("source.repository")).isNotBlank();
    assertThat(provenance.getProperty("source.path")).endsWith(".yaml");
    assertThat(provenance.getProperty("source.date")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(provenance.getProperty("sha256")).matches("[0-9a-f]{64}");
  }

  @Test
  void elasticLicenceTextSitsBesideTheVendoredSpec() throws Exception {
    assertThat(Files.readString(UPSTREAM.resolve("LICENSE-ELv2.txt"))).contains("Elastic License 2.0");
  }

  static Properties provenance() throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(UPSTREAM.resolve("provenance.properties"))) {
      properties.load(reader);
    }
    return properties;
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
