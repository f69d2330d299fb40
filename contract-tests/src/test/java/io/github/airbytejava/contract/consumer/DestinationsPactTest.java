package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.DESTINATION_DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.DESTINATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.DESTINATION;
import static io.github.airbytejava.contract.consumer.States.NO_DESTINATION;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.client.AirbyteBadRequestException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.generated.model.DestinationCreateRequest;
import io.github.airbytejava.generated.model.DestinationPatchRequest;
import io.github.airbytejava.generated.model.DestinationPutRequest;
import io.github.airbytejava.generated.model.DestinationResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationsPactTest extends ConsumerPactTest {

  private static final Map<String, Object> POSTGRES_CONFIGURATION =
      Map.of("host", "db.example.com", "port", 5432, "database", "analytics", "schema", "public",
          "username", "airbyte");

  @Pact(consumer = CONSUMER)
  V4Pact listDestinations(PactDslWithProvider builder) {
    return respond(
            request(given(builder, DESTINATION).uponReceiving("list the destinations of a workspace"),
                "GET", "/destinations")
                .query("includeDeleted=false&limit=20&offset=0")
                .queryParameterFromProviderState("workspaceIds", expression("workspaceId"), example("workspaceId")),
            200, list(Shapes::destination))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listDestinations")
  void listsTheDestinationsOfAWorkspace() {
    List<DestinationResponse> destinations =
        client.destinations().listDestinations(List.of(WORKSPACE_ID), false, 20, 0).getData();

    assertThat(destinations).singleElement().satisfies(DestinationsPactTest::assertPostgresDestination);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getDestination(PactDslWithProvider builder) {
    return respond(request(given(builder, DESTINATION).uponReceiving("get a destination"),
                "GET", "/destinations/${destinationId}"),
            200, object(Shapes::destination))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getDestination")
  void getsADestinationById() {
    assertPostgresDestination(client.destinations().getDestination(DESTINATION_ID, DEFAULT_SECRET_COORDINATES));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingDestination(PactDslWithProvider builder) {
    return error(request(given(builder, NO_DESTINATION).uponReceiving("get a destination that does not exist"),
                "GET", "/destinations/${destinationId}"), 404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingDestination")
  void getOfAMissingDestinationThrowsNotFound() {
    assertFailsWith(AirbyteNotFoundException.class, 404,
        () -> client.destinations().getDestination(DESTINATION_ID, DEFAULT_SECRET_COORDINATES));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createDestination(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("create a destination"), "POST", "/destinations",
                newDestination(POSTGRES_CONFIGURATION)),
            200, object(Shapes::destination))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createDestination")
  void createsADestinationAndDecodesIt() {
    assertPostgresDestination(client.destinations().createDestination(postgres(POSTGRES_CONFIGURATION)));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createDestinationWithInvalidConfiguration(PactDslWithProvider builder) {
    return error(request(given(builder, WORKSPACE)
                .uponReceiving("create a destination with a configuration its definition rejects"),
                "POST", "/destinations", newDestination(Map.of("host", "db.example.com"))), 400)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createDestinationWithInvalidConfiguration")
  void creatingADestinationWithAnInvalidConfigurationThrowsBadRequest() {
    DestinationCreateRequest incomplete = postgres(Map.of("host", "db.example.com"));

    assertFailsWith(AirbyteBadRequestException.class, 400, () -> client.destinations().createDestination(incomplete));
  }

  @Pact(consumer = CONSUMER)
  V4Pact patchDestination(PactDslWithProvider builder) {
    return respond(request(given(builder, DESTINATION).uponReceiving("rename a destination"), "PATCH",
                "/destinations/${destinationId}", object(body -> body.stringValue("name", "Postgres EU"))),
            200, object(Shapes::destination))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "patchDestination")
  void patchesOnlyTheNameOfADestination() {
    DestinationPatchRequest rename = new DestinationPatchRequest().name("Postgres EU");

    assertPostgresDestination(client.destinations().patchDestination(DESTINATION_ID, rename));
  }

  @Pact(consumer = CONSUMER)
  V4Pact putDestination(PactDslWithProvider builder) {
    return respond(request(given(builder, DESTINATION)
                .uponReceiving("replace the name and configuration of a destination"),
                "PUT", "/destinations/${destinationId}", object(body -> {
                  body.stringValue("name", "Postgres");
                  body.object("configuration", Shapes.values(POSTGRES_CONFIGURATION));
                })),
            200, object(Shapes::destination))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "putDestination")
  void replacesADestination() {
    DestinationPutRequest replacement =
        new DestinationPutRequest().name("Postgres")._configuration(POSTGRES_CONFIGURATION);

    assertPostgresDestination(client.destinations().putDestination(DESTINATION_ID, replacement));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteDestination(PactDslWithProvider builder) {
    return respond(request(given(builder, DESTINATION).uponReceiving("delete a destination"), "DELETE",
                "/destinations/${destinationId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteDestination")
  void deletesADestination() {
    assertThatNoException().isThrownBy(() -> client.destinations().deleteDestination(DESTINATION_ID));
  }

  private static DslPart newDestination(Map<String, Object> configuration) {
    return object(body -> {
      body.stringValue("name", "Postgres");
      body.stringValue("definitionId", DESTINATION_DEFINITION_ID.toString());
      body.valueFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId"));
      body.object("configuration", Shapes.values(configuration));
    });
  }

  private static DestinationCreateRequest postgres(Map<String, Object> configuration) {
    return new DestinationCreateRequest()
        .name("Postgres")
        .definitionId(DESTINATION_DEFINITION_ID)
        .workspaceId(WORKSPACE_ID)
        ._configuration(configuration);
  }

  private static void assertPostgresDestination(DestinationResponse destination) {
    assertThat(destination.getDestinationId()).isEqualTo(DESTINATION_ID);
    assertThat(destination.getName()).isEqualTo("Postgres");
    assertThat(destination.getDestinationType()).isEqualTo("postgres");
    assertThat(destination.getDefinitionId()).isEqualTo(DESTINATION_DEFINITION_ID);
    assertThat(destination.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
    assertThat(destination.getConfiguration()).isNotNull();
    assertThat(destination.getCreatedAt()).isEqualTo(Examples.CREATED_AT);
  }
}
