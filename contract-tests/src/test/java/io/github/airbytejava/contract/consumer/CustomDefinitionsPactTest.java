package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.CUSTOM_DEFINITION;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.CreateDefinitionRequest;
import io.github.airbytejava.generated.model.DefinitionResponse;
import io.github.airbytejava.generated.model.DefinitionsResponse;
import io.github.airbytejava.generated.model.UpdateDefinitionRequest;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The custom connector definitions of a workspace. Source and destination definitions are two
 * groups with the same five operations and bodies under different paths, so one set of pacts and
 * tests serves both: {@link SourceDefinitionsPactTest} and {@link DestinationDefinitionsPactTest}
 * say which kind and which generated interface.
 */
abstract class CustomDefinitionsPactTest extends ConsumerPactTest {

  /** {@code source} or {@code destination}. */
  abstract String kind();

  /** The five operations of the group, from the generated interface of {@link #client}. */
  abstract Operations operations();

  /** The operations as the generated interfaces declare them, for either kind. */
  record Operations(
      Function<UUID, DefinitionsResponse> list,
      BiFunction<UUID, CreateDefinitionRequest, DefinitionResponse> create,
      BiFunction<UUID, UUID, DefinitionResponse> get,
      Update update,
      BiFunction<UUID, UUID, DefinitionResponse> delete) {}

  /** The update operation: workspace id, definition id, new name and image tag. */
  @FunctionalInterface
  interface Update {
    DefinitionResponse apply(UUID workspaceId, UUID definitionId, UpdateDefinitionRequest update);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listDefinitions(PactDslWithProvider builder) {
    return respond(request(existing(builder, "list the custom %s definitions of a workspace"), "GET", definitions()),
            200, list(this::definition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listDefinitions")
  void listsTheCustomDefinitionsOfAWorkspace() {
    assertThat(operations().list().apply(WORKSPACE_ID).getData()).singleElement().satisfies(this::assertCustomApi);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createDefinition(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving(describe("create a custom %s definition")), "POST",
                definitions(), object(body -> {
                  body.stringValue("name", "Custom API");
                  body.stringValue("dockerRepository", repository());
                  body.stringValue("dockerImageTag", "1.0.0");
                })),
            200, object(this::definition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createDefinition")
  void createsACustomDefinitionFromADockerImage() {
    CreateDefinitionRequest customApi =
        new CreateDefinitionRequest().name("Custom API").dockerRepository(repository()).dockerImageTag("1.0.0");

    assertCustomApi(operations().create().apply(WORKSPACE_ID, customApi));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getDefinition(PactDslWithProvider builder) {
    return respond(request(existing(builder, "get a custom %s definition"), "GET", definition()),
            200, object(this::definition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getDefinition")
  void getsACustomDefinitionById() {
    assertCustomApi(operations().get().apply(WORKSPACE_ID, DEFINITION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateDefinition(PactDslWithProvider builder) {
    return respond(request(existing(builder, "upgrade the image tag of a custom %s definition"), "PUT", definition(),
                object(body -> body.stringValue("name", "Custom API").stringValue("dockerImageTag", "1.1.0"))),
            200, object(upgraded -> {
              definition(upgraded);
              upgraded.stringType("dockerImageTag", "1.1.0");
            }))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateDefinition")
  void upgradesTheImageTagOfACustomDefinition() {
    UpdateDefinitionRequest upgrade = new UpdateDefinitionRequest().name("Custom API").dockerImageTag("1.1.0");

    DefinitionResponse upgraded = operations().update().apply(WORKSPACE_ID, DEFINITION_ID, upgrade);

    assertThat(upgraded.getId()).isEqualTo(DEFINITION_ID);
    assertThat(upgraded.getDockerImageTag()).isEqualTo("1.1.0");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteDefinition(PactDslWithProvider builder) {
    return respond(request(existing(builder, "delete a custom %s definition"), "DELETE", definition()),
            200, object(this::definition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteDefinition")
  void deletesACustomDefinitionAndDecodesWhatWasDeleted() {
    assertCustomApi(operations().delete().apply(WORKSPACE_ID, DEFINITION_ID));
  }

  private PactDslRequestWithoutPath existing(PactDslWithProvider builder, String description) {
    return given(builder, String.format(CUSTOM_DEFINITION, kind())).uponReceiving(describe(description));
  }

  private String describe(String description) {
    return String.format(description, kind());
  }

  private String definitions() {
    return "/workspaces/${workspaceId}/definitions/" + kind() + "s";
  }

  private String definition() {
    return definitions() + "/${definitionId}";
  }

  private String repository() {
    return "example/" + kind() + "-custom-api";
  }

  private void definition(LambdaDslObject o) {
    o.uuid("id", DEFINITION_ID);
    o.stringType("name", "Custom API");
    o.stringType("dockerRepository", repository());
    o.stringType("dockerImageTag", "1.0.0");
  }

  private void assertCustomApi(DefinitionResponse definition) {
    assertThat(definition.getId()).isEqualTo(DEFINITION_ID);
    assertThat(definition.getName()).isEqualTo("Custom API");
    assertThat(definition.getDockerRepository()).isEqualTo(repository());
    assertThat(definition.getDockerImageTag()).isEqualTo("1.0.0");
  }
}
