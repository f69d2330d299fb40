package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.EMBEDDED_ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.EmbeddedWidgetRequest;
import io.github.airbytejava.generated.model.PermissionType;
import org.junit.jupiter.api.Test;

class EmbeddedWidgetPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact getEmbeddedWidget(PactDslWithProvider builder) {
    return respond(request(given(builder, EMBEDDED_ORGANIZATION).uponReceiving("get a token for the embedded widget"),
                "POST", "/embedded/widget_token", object(body -> {
                  body.stringValue("allowedOrigin", "https://app.example.com");
                  body.stringValue("externalUserId", "customer-42");
                  body.valueFromProviderState(
                      "organizationId", expression("organizationId"), example("organizationId"));
                })),
            200, object(Shapes::token))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getEmbeddedWidget")
  void getsAWidgetTokenForAnExternalUser() {
    EmbeddedWidgetRequest widget = new EmbeddedWidgetRequest()
        .allowedOrigin("https://app.example.com")
        .externalUserId("customer-42")
        .organizationId(ORGANIZATION_ID);

    assertThat(client.embeddedWidget().getEmbeddedWidget(widget).getToken()).isNotBlank();
  }

  @Pact(consumer = CONSUMER)
  V4Pact listEmbeddedOrganizationsByUser(PactDslWithProvider builder) {
    return respond(request(given(builder, EMBEDDED_ORGANIZATION)
                .uponReceiving("list the organizations of the user with Airbyte Embedded"), "GET",
                "/embedded/organizations"),
            200, object(list -> list.minArrayLike("organizations", 1, Shapes::embeddedOrganization)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listEmbeddedOrganizationsByUser")
  void listsTheOrganizationsWithAirbyteEmbedded() {
    assertThat(client.embeddedWidget().listEmbeddedOrganizationsByUser().getOrganizations())
        .singleElement()
        .satisfies(organization -> {
          assertThat(organization.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
          assertThat(organization.getOrganizationName()).isEqualTo("Example Corp");
          assertThat(organization.getPermission()).isEqualTo(PermissionType.ORGANIZATION_ADMIN);
        });
  }
}
