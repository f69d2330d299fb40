package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.EmbeddedScopedTokenRequest;
import org.junit.jupiter.api.Test;

class EmbeddedScopedTokenPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact generateEmbeddedScopedToken(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("get a token scoped to a workspace"), "POST",
                "/embedded/scoped_token",
                object(body -> body.valueFromProviderState(
                    "workspaceId", expression("workspaceId"), example("workspaceId")))),
            200, object(Shapes::token))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "generateEmbeddedScopedToken")
  void getsATokenScopedToAWorkspace() {
    EmbeddedScopedTokenRequest scope = new EmbeddedScopedTokenRequest().workspaceId(WORKSPACE_ID);

    assertThat(client.embeddedScopedToken().generateEmbeddedScopedToken(scope).getToken()).isNotBlank();
  }
}
