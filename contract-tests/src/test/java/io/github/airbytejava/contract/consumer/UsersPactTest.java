package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.USER_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.States.ORGANIZATION_USER;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import org.junit.jupiter.api.Test;

class UsersPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listUsersWithinAnOrganization(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION_USER).uponReceiving("list the users of an organization"),
                "GET", "/users")
                .queryParameterFromProviderState(
                    "organizationId", expression("organizationId"), example("organizationId")),
            200, list(Shapes::user))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listUsersWithinAnOrganization")
  void listsTheUsersOfAnOrganization() {
    assertThat(client.users().listUsersWithinAnOrganization(ORGANIZATION_ID, null, null).getData())
        .singleElement()
        .satisfies(user -> {
          assertThat(user.getId()).isEqualTo(USER_ID);
          assertThat(user.getName()).isEqualTo("Jane Doe");
          assertThat(user.getEmail()).isEqualTo("jane@example.com");
        });
  }
}
