package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.DECLARATIVE_DEFINITION;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.CreateDeclarativeSourceDefinitionRequest;
import io.github.airbytejava.generated.model.DeclarativeSourceDefinitionResponse;
import io.github.airbytejava.generated.model.UpdateDeclarativeSourceDefinitionRequest;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class DeclarativeSourceDefinitionsPactTest extends ConsumerPactTest {

  private static final String PATH = "/workspaces/${workspaceId}/definitions/declarative_sources";

  /** A low-code manifest; the client passes it through as JSON without reading it. */
  private static final Map<String, Object> MANIFEST =
      Map.of("version", "6.5.0", "type", "DeclarativeSource", "check", Map.of("type", "CheckStream"));

  @Pact(consumer = CONSUMER)
  V4Pact listDeclarativeSourceDefinitions(PactDslWithProvider builder) {
    return respond(request(given(builder, DECLARATIVE_DEFINITION)
                .uponReceiving("list the declarative source definitions of a workspace"), "GET", PATH),
            200, list(Shapes::declarativeDefinition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listDeclarativeSourceDefinitions")
  void listsTheDeclarativeSourceDefinitionsOfAWorkspace() {
    assertThat(client.declarativeSourceDefinitions().listDeclarativeSourceDefinitions(WORKSPACE_ID).getData())
        .singleElement()
        .satisfies(DeclarativeSourceDefinitionsPactTest::assertCustomApi);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createDeclarativeSourceDefinition(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("create a declarative source definition"), "POST",
                PATH, object(body -> {
                  body.stringValue("name", "Custom API");
                  body.object("manifest", Shapes.values(MANIFEST));
                })),
            200, object(Shapes::declarativeDefinition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createDeclarativeSourceDefinition")
  void createsADeclarativeSourceDefinitionFromAManifest() {
    CreateDeclarativeSourceDefinitionRequest customApi =
        new CreateDeclarativeSourceDefinitionRequest().name("Custom API").manifest(MANIFEST);

    assertCustomApi(client.declarativeSourceDefinitions().createDeclarativeSourceDefinition(WORKSPACE_ID, customApi));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getDeclarativeSourceDefinition(PactDslWithProvider builder) {
    return respond(request(given(builder, DECLARATIVE_DEFINITION).uponReceiving("get a declarative source definition"),
                "GET", PATH + "/${definitionId}"),
            200, object(Shapes::declarativeDefinition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getDeclarativeSourceDefinition")
  void getsADeclarativeSourceDefinitionById() {
    assertCustomApi(
        client.declarativeSourceDefinitions().getDeclarativeSourceDefinition(WORKSPACE_ID, DEFINITION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateDeclarativeSourceDefinition(PactDslWithProvider builder) {
    return respond(request(given(builder, DECLARATIVE_DEFINITION)
                .uponReceiving("publish a new manifest for a declarative source definition"), "PUT",
                PATH + "/${definitionId}", object(body -> body.object("manifest", Shapes.values(MANIFEST)))),
            200, object(published -> {
              Shapes.declarativeDefinition(published);
              Shapes.longType(published, "version", 2L);
            }))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateDeclarativeSourceDefinition")
  void publishesANewManifestVersion() {
    DeclarativeSourceDefinitionResponse published = client.declarativeSourceDefinitions()
        .updateDeclarativeSourceDefinition(WORKSPACE_ID, DEFINITION_ID,
            new UpdateDeclarativeSourceDefinitionRequest().manifest(MANIFEST));

    assertThat(published.getId()).isEqualTo(DEFINITION_ID);
    assertThat(published.getVersion()).isEqualTo(2L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteDeclarativeSourceDefinition(PactDslWithProvider builder) {
    return respond(request(given(builder, DECLARATIVE_DEFINITION)
                .uponReceiving("delete a declarative source definition"), "DELETE", PATH + "/${definitionId}"),
            200, object(Shapes::declarativeDefinition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteDeclarativeSourceDefinition")
  void deletesADeclarativeSourceDefinitionAndDecodesWhatWasDeleted() {
    assertCustomApi(
        client.declarativeSourceDefinitions().deleteDeclarativeSourceDefinition(WORKSPACE_ID, DEFINITION_ID));
  }

  private static void assertCustomApi(DeclarativeSourceDefinitionResponse definition) {
    assertThat(definition.getId()).isEqualTo(DEFINITION_ID);
    assertThat(definition.getName()).isEqualTo("Custom API");
    assertThat(definition.getManifest()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("version", "6.5.0");
    assertThat(definition.getVersion()).isEqualTo(1L);
  }
}
