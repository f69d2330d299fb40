package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.OAUTH_CREDENTIALS_NAME;
import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.States.ORGANIZATION;
import static io.github.airbytejava.contract.consumer.States.ORGANIZATION_OAUTH_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.ActorTypeEnum;
import io.github.airbytejava.generated.model.OrganizationOAuthCredentialsRequest;
import org.junit.jupiter.api.Test;

class OrganizationsPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listOrganizationsForUser(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION).uponReceiving("list the organizations of the user"), "GET",
                "/organizations"),
            200, list(Shapes::organization))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listOrganizationsForUser")
  void listsTheOrganizationsOfTheUser() {
    assertThat(client.organizations().listOrganizationsForUser().getData())
        .singleElement()
        .satisfies(organization -> {
          assertThat(organization.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
          assertThat(organization.getOrganizationName()).isEqualTo("Example Corp");
          assertThat(organization.getEmail()).isEqualTo("admin@example.com");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact createOrUpdateOrganizationOAuthCredentials(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION)
                .uponReceiving("set the OAuth app credentials of an organization for a source type"),
                "PUT", "/organizations/${organizationId}/oauthCredentials", Shapes.oauthCredentials()), 200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createOrUpdateOrganizationOAuthCredentials")
  void setsTheOAuthAppCredentialsOfAnOrganization() {
    OrganizationOAuthCredentialsRequest credentials = new OrganizationOAuthCredentialsRequest()
        .actorType(ActorTypeEnum.SOURCE)
        .name(OAUTH_CREDENTIALS_NAME)
        ._configuration(Shapes.OAUTH_APP_CREDENTIALS);

    assertThatNoException().isThrownBy(
        () -> client.organizations().createOrUpdateOrganizationOAuthCredentials(ORGANIZATION_ID, credentials));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteOrganizationOAuthCredentials(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION_OAUTH_CREDENTIALS)
                .uponReceiving("delete the OAuth app credentials of an organization for a source type"),
                "DELETE", "/organizations/${organizationId}/oauthCredentials/source/" + OAUTH_CREDENTIALS_NAME), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteOrganizationOAuthCredentials")
  void deletesTheOAuthAppCredentialsOfAnOrganization() {
    assertThatNoException().isThrownBy(() -> client.organizations()
        .deleteOrganizationOAuthCredentials(ORGANIZATION_ID, ActorTypeEnum.SOURCE, OAUTH_CREDENTIALS_NAME));
  }
}
