package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.SOURCE_DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.ConnectorType;
import org.junit.jupiter.api.Test;

class ConnectorDefinitionsPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listConnectorDefinitions(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE)
                .uponReceiving("list the source connectors available to a workspace"),
                "GET", "/connector_definitions")
                .query("type=source")
                .queryParameterFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId")),
            200, list(Shapes::connectorDefinition))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listConnectorDefinitions")
  void listsTheSourceConnectorsAvailableToAWorkspace() {
    assertThat(client.connectorDefinitions().listConnectorDefinitions(ConnectorType.SOURCE, WORKSPACE_ID).getData())
        .first()
        .satisfies(definition -> {
          assertThat(definition.getId()).isEqualTo(SOURCE_DEFINITION_ID);
          assertThat(definition.getName()).isEqualTo("Stripe");
          assertThat(definition.getConnectorDefinitionType()).isEqualTo(ConnectorType.SOURCE);
          assertThat(definition.getVersion()).isEqualTo("5.3.0");
        });
  }
}
