package io.github.airbytejava.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec check bites: deliberately wrong pacts are reported, each with where it is wrong. */
class SpecCheckCatchesWrongPactsIT {

  private static PactSpecValidator validator;

  @TempDir Path folder;

  @BeforeAll
  static void createValidator() {
    validator = PactSpecValidator.forEffectiveSpec();
  }

  @Test
  void theUnchangedFixtureConforms() throws IOException {
    assertThat(validator.validate(write(pact -> {}))).isEmpty();
  }

  @Test
  void theFixtureConformsUnderTheCloudBasePathToo() throws IOException {
    Path file = write(pact -> request(pact).put("path", "/v1/sources/0c31738c-0b2d-4887-b506-e2cd1c39cc35"));

    assertThat(validator.validate(file)).isEmpty();
  }

  @Test
  void anIntegerFieldSentAsAStringIsReportedWithItsPath() throws IOException {
    Path file = write(pact -> body(pact).put("createdAt", "yesterday"));

    assertThat(messages(file)).anySatisfy(m -> assertThat(m).contains("/createdAt").contains("integer"));
  }

  @Test
  void aMissingRequiredFieldIsReportedByName() throws IOException {
    Path file = write(pact -> body(pact).remove("workspaceId"));

    assertThat(messages(file)).anySatisfy(m -> assertThat(m).contains("workspaceId").contains("required"));
  }

  @Test
  void aRequestBodyWithoutARequiredFieldIsReported() throws IOException {
    Path file = write(pact -> {
      ObjectNode request = request(pact);
      request.put("method", "POST");
      request.put("path", "/api/public/v1/sources");
      request.putObject("headers").putArray("Content-Type").add("application/json");
      ObjectNode body = request.putObject("body");
      body.put("contentType", "application/json");
      body.put("encoded", false);
      body.putObject("content").put("workspaceId", "744cc0ed-7f05-4949-9e60-2a814f90c035").putObject("configuration");
    });

    assertThat(messages(file)).anySatisfy(m -> assertThat(m).contains("validation.request.body").contains("name"));
  }

  @Test
  void anUnknownPathIsReported() throws IOException {
    Path file = write(pact -> request(pact).put("path", "/api/public/v1/sourcez/0c31738c-0b2d-4887-b506-e2cd1c39cc35"));

    assertThat(messages(file)).anySatisfy(m -> assertThat(m).contains("validation.request.path.missing"));
  }

  @Test
  void aStatusTheSpecDoesNotListIsReported() throws IOException {
    Path file = write(pact -> ((ObjectNode) interaction(pact).get("response")).put("status", 418));

    assertThat(messages(file)).anySatisfy(m -> assertThat(m).contains("validation.response.status.unknown").contains("418"));
  }

  private List<String> messages(Path file) {
    List<PactSpecValidator.Failure> failures = validator.validate(file);
    assertThat(failures).hasSize(1);
    return failures.get(0).messages();
  }

  private Path write(Consumer<ObjectNode> change) throws IOException {
    ObjectNode pact;
    try (InputStream in = getClass().getResourceAsStream("/check/valid-pact.json")) {
      pact = (ObjectNode) PactFiles.JSON.readTree(in);
    }
    change.accept(pact);
    Path file = folder.resolve("pact.json");
    PactFiles.JSON.writeValue(file.toFile(), pact);
    return file;
  }

  private static JsonNode interaction(ObjectNode pact) {
    return pact.get("interactions").get(0);
  }

  private static ObjectNode request(ObjectNode pact) {
    return (ObjectNode) interaction(pact).get("request");
  }

  private static ObjectNode body(ObjectNode pact) {
    return (ObjectNode) interaction(pact).at("/response/body/content");
  }
}
