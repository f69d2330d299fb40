package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.CONNECTION_ID;
import static io.github.airbytejava.contract.consumer.Examples.DESTINATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.SOURCE_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.CONNECTION;
import static io.github.airbytejava.contract.consumer.States.NO_CONNECTION;
import static io.github.airbytejava.contract.consumer.States.SOURCE_AND_DESTINATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.client.AirbyteBadRequestException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.generated.model.AirbyteApiConnectionSchedule;
import io.github.airbytejava.generated.model.ConnectionCreateRequest;
import io.github.airbytejava.generated.model.ConnectionPatchRequest;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ScheduleTypeEnum;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConnectionsPactTest extends ConsumerPactTest {

  private static final String DAILY = "0 0 12 * * ?";

  @Pact(consumer = CONSUMER)
  V4Pact listConnections(PactDslWithProvider builder) {
    return respond(
            request(given(builder, CONNECTION).uponReceiving("list the connections of a workspace"),
                "GET", "/connections")
                .query("includeDeleted=false&limit=20&offset=0")
                .queryParameterFromProviderState("workspaceIds", expression("workspaceId"), example("workspaceId")),
            200, list(Shapes::connection))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listConnections")
  void listsTheConnectionsOfAWorkspace() {
    List<ConnectionResponse> connections =
        client.connections().listConnections(List.of(WORKSPACE_ID), null, false, 20, 0).getData();

    assertThat(connections).singleElement().satisfies(ConnectionsPactTest::assertStripeToPostgres);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getConnection(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION).uponReceiving("get a connection"),
                "GET", "/connections/${connectionId}"),
            200, object(Shapes::connection))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getConnection")
  void getsAConnectionById() {
    assertStripeToPostgres(client.connections().getConnection(CONNECTION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingConnection(PactDslWithProvider builder) {
    return error(request(given(builder, NO_CONNECTION).uponReceiving("get a connection that does not exist"),
                "GET", "/connections/${connectionId}"), 404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingConnection")
  void getOfAMissingConnectionThrowsNotFound() {
    assertFailsWith(AirbyteNotFoundException.class, 404, () -> client.connections().getConnection(CONNECTION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createConnection(PactDslWithProvider builder) {
    return respond(request(given(builder, SOURCE_AND_DESTINATION).uponReceiving("create a connection"),
                "POST", "/connections",
                newConnection(schedule -> schedule.stringValue("scheduleType", "manual"))),
            200, object(Shapes::connection))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createConnection")
  void createsAConnectionWithTheApiDefaults() {
    ConnectionResponse created = client.connections().createConnection(
        stripeToPostgres(new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.MANUAL)));

    assertStripeToPostgres(created);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createConnectionWithInvalidSchedule(PactDslWithProvider builder) {
    return error(request(given(builder, SOURCE_AND_DESTINATION)
                .uponReceiving("create a connection with an invalid cron expression"),
                "POST", "/connections", newConnection(schedule -> schedule
                    .stringValue("scheduleType", "cron")
                    .stringValue("cronExpression", "every day at noon"))), 400)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createConnectionWithInvalidSchedule")
  void creatingAConnectionWithAnInvalidCronExpressionThrowsBadRequest() {
    ConnectionCreateRequest invalid = stripeToPostgres(
        new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.CRON).cronExpression("every day at noon"));

    assertFailsWith(AirbyteBadRequestException.class, 400, () -> client.connections().createConnection(invalid));
  }

  @Pact(consumer = CONSUMER)
  V4Pact patchConnection(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION).uponReceiving("schedule a connection daily"), "PATCH",
                "/connections/${connectionId}", object(body -> {
                  body.object("schedule", schedule -> schedule
                      .stringValue("scheduleType", "cron")
                      .stringValue("cronExpression", DAILY));
                  // No "tags": a patch that only reschedules must not wipe the connection's tags.
                })),
            200, object(Shapes::connection))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "patchConnection")
  void patchesTheScheduleOfAConnection() {
    ConnectionPatchRequest daily = new ConnectionPatchRequest()
        .schedule(new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.CRON).cronExpression(DAILY));

    assertStripeToPostgres(client.connections().patchConnection(CONNECTION_ID, daily));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteConnection(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION).uponReceiving("delete a connection"),
                "DELETE", "/connections/${connectionId}"),
            204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteConnection")
  void deletesAConnection() {
    assertThatNoException().isThrownBy(() -> client.connections().deleteConnection(CONNECTION_ID));
  }

  /** The body the client sends for a new connection: ours plus the spec's defaults the generated model fills in. */
  private static DslPart newConnection(Consumer<LambdaDslObject> schedule) {
    return object(body -> {
      body.stringValue("name", "Stripe to Postgres");
      body.valueFromProviderState("sourceId", expression("sourceId"), example("sourceId"));
      body.valueFromProviderState("destinationId", expression("destinationId"), example("destinationId"));
      body.object("schedule", schedule);
      body.stringValue("namespaceDefinition", "destination");
      body.stringValue("prefix", "");
      body.stringValue("nonBreakingSchemaUpdatesBehavior", "ignore");
    });
  }

  private static ConnectionCreateRequest stripeToPostgres(AirbyteApiConnectionSchedule schedule) {
    return new ConnectionCreateRequest()
        .name("Stripe to Postgres")
        .sourceId(SOURCE_ID)
        .destinationId(DESTINATION_ID)
        .schedule(schedule);
  }

  private static void assertStripeToPostgres(ConnectionResponse connection) {
    assertThat(connection.getConnectionId()).isEqualTo(CONNECTION_ID);
    assertThat(connection.getName()).isEqualTo("Stripe to Postgres");
    assertThat(connection.getSourceId()).isEqualTo(SOURCE_ID);
    assertThat(connection.getDestinationId()).isEqualTo(DESTINATION_ID);
    assertThat(connection.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
    assertThat(connection.getStatus()).hasToString("active");
    assertThat(connection.getSchedule().getScheduleType()).hasToString("manual");
    assertThat(connection.getConfigurations()).isNotNull();
    assertThat(connection.getCreatedAt()).isEqualTo(Examples.CREATED_AT);
    assertThat(connection.getTags()).singleElement().satisfies(tag -> {
      assertThat(tag.getTagId()).isEqualTo(Examples.TAG_ID);
      assertThat(tag.getName()).isEqualTo("finance");
    });
  }
}
