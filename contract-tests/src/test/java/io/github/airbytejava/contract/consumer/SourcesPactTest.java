package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.SOURCE_DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.SOURCE_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.NO_SOURCE;
import static io.github.airbytejava.contract.consumer.States.SOURCE;
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
import io.github.airbytejava.generated.model.InitiateOauthRequest;
import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.SourcePatchRequest;
import io.github.airbytejava.generated.model.SourcePutRequest;
import io.github.airbytejava.generated.model.SourceResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcesPactTest extends ConsumerPactTest {

  private static final Map<String, Object> STRIPE_CONFIGURATION = Map.of(
      "account_id", "acct_1234", "client_secret", "sk_test_1234", "start_date", "2025-01-01T00:00:00Z");
  private static final Map<String, Object> ROTATED_STRIPE_CONFIGURATION = Map.of(
      "account_id", "acct_1234", "client_secret", "sk_test_5678", "start_date", "2025-01-01T00:00:00Z");

  @Pact(consumer = CONSUMER)
  V4Pact listSources(PactDslWithProvider builder) {
    return respond(
            request(given(builder, SOURCE).uponReceiving("list the sources of a workspace"), "GET", "/sources")
                .query("includeDeleted=false&limit=20&offset=0")
                .queryParameterFromProviderState("workspaceIds", expression("workspaceId"), example("workspaceId")),
            200, list(Shapes::source))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listSources")
  void listsTheSourcesOfAWorkspace() {
    List<SourceResponse> sources = client.sources().listSources(List.of(WORKSPACE_ID), false, 20, 0).getData();

    assertThat(sources).singleElement().satisfies(SourcesPactTest::assertStripeSource);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getSource(PactDslWithProvider builder) {
    return respond(request(given(builder, SOURCE).uponReceiving("get a source"), "GET", "/sources/${sourceId}"),
            200, object(Shapes::source))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getSource")
  void getsASourceById() {
    assertStripeSource(client.sources().getSource(SOURCE_ID, DEFAULT_SECRET_COORDINATES));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingSource(PactDslWithProvider builder) {
    return error(request(given(builder, NO_SOURCE).uponReceiving("get a source that does not exist"), "GET",
                "/sources/${sourceId}"), 404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingSource")
  void getOfAMissingSourceThrowsNotFound() {
    assertFailsWith(AirbyteNotFoundException.class, 404,
        () -> client.sources().getSource(SOURCE_ID, DEFAULT_SECRET_COORDINATES));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createSource(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("create a source"), "POST", "/sources",
                newSource(STRIPE_CONFIGURATION)),
            200, object(Shapes::source))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createSource")
  void createsASourceAndDecodesIt() {
    assertStripeSource(client.sources().createSource(stripeSource(STRIPE_CONFIGURATION)));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createSourceWithInvalidConfiguration(PactDslWithProvider builder) {
    return error(request(given(builder, WORKSPACE)
                .uponReceiving("create a source with a configuration its definition rejects"),
                "POST", "/sources", newSource(Map.of("account_id", "acct_1234"))), 400)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createSourceWithInvalidConfiguration")
  void creatingASourceWithAnInvalidConfigurationThrowsBadRequest() {
    SourceCreateRequest incomplete = stripeSource(Map.of("account_id", "acct_1234"));

    assertFailsWith(AirbyteBadRequestException.class, 400, () -> client.sources().createSource(incomplete));
  }

  @Pact(consumer = CONSUMER)
  V4Pact patchSource(PactDslWithProvider builder) {
    return respond(request(given(builder, SOURCE).uponReceiving("rename a source"), "PATCH", "/sources/${sourceId}",
                object(body -> body.stringValue("name", "Stripe EU"))),
            200, object(Shapes::source))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "patchSource")
  void patchesOnlyTheNameOfASource() {
    assertStripeSource(client.sources().patchSource(SOURCE_ID, new SourcePatchRequest().name("Stripe EU")));
  }

  @Pact(consumer = CONSUMER)
  V4Pact putSource(PactDslWithProvider builder) {
    return respond(request(given(builder, SOURCE).uponReceiving("replace the name and configuration of a source"),
                "PUT", "/sources/${sourceId}", object(body -> body
                    .stringValue("name", "Stripe")
                    .object("configuration", Shapes.values(ROTATED_STRIPE_CONFIGURATION)))),
            200, object(Shapes::source))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "putSource")
  void replacesASource() {
    SourcePutRequest replacement = new SourcePutRequest().name("Stripe")._configuration(ROTATED_STRIPE_CONFIGURATION);

    assertStripeSource(client.sources().putSource(SOURCE_ID, replacement));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteSource(PactDslWithProvider builder) {
    return respond(request(given(builder, SOURCE).uponReceiving("delete a source"),
                "DELETE", "/sources/${sourceId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteSource")
  void deletesASource() {
    assertThatNoException().isThrownBy(() -> client.sources().deleteSource(SOURCE_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact initiateOAuth(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("initiate OAuth for a source"), "POST",
                "/sources/initiateOAuth", object(body -> {
                  body.stringValue("sourceType", "google-ads");
                  body.stringValue("redirectUrl", "https://app.example.com/oauth/done");
                  body.valueFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId"));
                })),
            200, Shapes.anyObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "initiateOAuth")
  void initiatesOAuthForASourceType() {
    InitiateOauthRequest request = new InitiateOauthRequest()
        .sourceType("google-ads")
        .redirectUrl("https://app.example.com/oauth/done")
        .workspaceId(WORKSPACE_ID);

    assertThatNoException().isThrownBy(() -> client.sources().initiateOAuth(request));
  }

  private static DslPart newSource(Map<String, Object> configuration) {
    return object(body -> {
      body.stringValue("name", "Stripe");
      body.stringValue("definitionId", SOURCE_DEFINITION_ID.toString());
      body.valueFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId"));
      body.object("configuration", Shapes.values(configuration));
    });
  }

  private static SourceCreateRequest stripeSource(Map<String, Object> configuration) {
    return new SourceCreateRequest()
        .name("Stripe")
        .definitionId(SOURCE_DEFINITION_ID)
        .workspaceId(WORKSPACE_ID)
        ._configuration(configuration);
  }

  private static void assertStripeSource(SourceResponse source) {
    assertThat(source.getSourceId()).isEqualTo(SOURCE_ID);
    assertThat(source.getName()).isEqualTo("Stripe");
    assertThat(source.getSourceType()).isEqualTo("stripe");
    assertThat(source.getDefinitionId()).isEqualTo(SOURCE_DEFINITION_ID);
    assertThat(source.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
    assertThat(source.getConfiguration()).isNotNull();
    assertThat(source.getCreatedAt()).isEqualTo(Examples.CREATED_AT);
  }
}
