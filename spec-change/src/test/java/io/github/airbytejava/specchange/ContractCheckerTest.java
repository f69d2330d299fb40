package io.github.airbytejava.specchange;

import static io.github.airbytejava.specchange.TinySpec.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCheckerTest {

  @TempDir Path folder;
  private EffectiveSpec before;
  private EffectiveSpec after;

  @BeforeEach
  void specs() {
    before = TinySpec.base().writeTo(folder.resolve("old.yaml"));
    // The new spec drops the status 'paused'.
    after = TinySpec.base().with(spec -> {
      ArrayNode values = schema(spec, "Status").putArray("enum");
      values.add("active");
    }).writeTo(folder.resolve("new.yaml"));
  }

  private static String pact(String interactions) {
    return """
        {"consumer": {"name": "tiny-client"}, "provider": {"name": "tiny-api"},
         "interactions": [%s],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """.formatted(interactions);
  }

  private static String getThing(String description, String path, String body) {
    return """
        {"description": "%s",
         "request": {"method": "GET", "path": "%s"},
         "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": %s}}
        """.formatted(description, path, body);
  }

  private ContractCheck check() {
    return new ContractChecker(before, after).check(PinnedPact.findAll(folder.resolve("pins")));
  }

  @Test
  void anInteractionTheNewSpecRejectsIsBrokenWithTheValidatorsMessage() {
    TestFiles.write(folder.resolve("pins/tiny.json"), pact(
        getThing("a paused thing", "/v1/things/7", "{\"thingId\": 7, \"status\": \"paused\"}") + ","
            + getThing("an active thing", "/v1/things/8", "{\"thingId\": 8, \"status\": \"active\"}")));

    ContractCheck check = check();

    assertThat(check.pactFiles()).isEqualTo(1);
    assertThat(check.interactionsChecked()).isEqualTo(2);
    assertThat(check.broken()).singleElement().satisfies(broken -> {
      assertThat(broken.pact()).isEqualTo("tiny.json");
      assertThat(broken.consumer()).isEqualTo("tiny-client");
      assertThat(broken.interaction()).isEqualTo("a paused thing");
      assertThat(broken.request()).isEqualTo("GET /v1/things/7");
      assertThat(broken.messages()).singleElement().asString()
          .startsWith("validation.response.body.schema.enum").contains("paused");
    });
    assertThat(check.alreadyFailing()).isEmpty();
  }

  @Test
  void anInteractionBothSpecsRejectForTheSameReasonIsNotBlamedOnTheChange() {
    TestFiles.write(folder.resolve("pins/tiny.json"),
        pact(getThing("a thing with a text id", "/v1/things/7", "{\"thingId\": \"seven\", \"status\": \"active\"}")));

    ContractCheck check = check();

    assertThat(check.broken()).isEmpty();
    assertThat(check.alreadyFailing()).singleElement()
        .satisfies(c -> assertThat(c.messages()).anyMatch(m -> m.contains("seven") || m.contains("integer")));
  }

  @Test
  void requestsUnderTheSelfManagedServerPathAreMatchedToOperations() {
    TestFiles.write(folder.resolve("pins/nested/self-managed.json"), pact(
        getThing("a paused thing, self-managed", "/api/public/v1/things/7",
            "{\"thingId\": 7, \"status\": \"paused\"}")));

    ContractCheck check = check();

    // Without the right base path both specs would say "no such path", and the break would look old.
    assertThat(check.broken()).singleElement().satisfies(broken -> {
      assertThat(broken.pact()).isEqualTo(Path.of("nested", "self-managed.json").toString());
      assertThat(broken.messages()).singleElement().asString().startsWith("validation.response.body.schema.enum");
    });
  }

  @Test
  void noPinsFolderMeansNothingChecked() {
    ContractCheck check = new ContractChecker(before, after).check(PinnedPact.findAll(folder.resolve("absent")));

    assertThat(check).isEqualTo(new ContractCheck(0, 0, List.of(), List.of()));
  }
}
