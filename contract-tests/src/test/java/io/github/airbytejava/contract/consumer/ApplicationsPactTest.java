package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.APPLICATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.CLIENT_ID;
import static io.github.airbytejava.contract.consumer.Examples.CLIENT_SECRET;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.APPLICATION;
import static io.github.airbytejava.contract.consumer.States.APPLICATION_CREDENTIALS;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.ApplicationCreate;
import io.github.airbytejava.generated.model.ApplicationRead;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ApplicationsPactTest extends ConsumerPactTest {

  private static final String TOKEN_PATH = "/applications/token";
  private static final String WRONG_SECRET = "wrong-secret";

  @Pact(consumer = CONSUMER)
  V4Pact listApplications(PactDslWithProvider builder) {
    return respond(request(given(builder, APPLICATION).uponReceiving("list applications"), "GET", "/applications"),
            200, object(page -> page.minArrayLike("applications", 1, Shapes::application)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listApplications")
  void listsTheApplicationsOfTheUser() {
    assertThat(client.applications().listApplications().getApplications())
        .singleElement()
        .satisfies(ApplicationsPactTest::assertReportingApplication);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createApplication(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("create an application"), "POST", "/applications",
                object(body -> body.stringValue("name", "reporting"))),
            200, object(Shapes::application))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createApplication")
  void createsAnApplicationAndDecodesItsCredentials() {
    assertReportingApplication(client.applications().createApplication(new ApplicationCreate().name("reporting")));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getApplication(PactDslWithProvider builder) {
    return respond(request(given(builder, APPLICATION).uponReceiving("get an application"),
                "GET", "/applications/${applicationId}"),
            200, object(Shapes::application))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getApplication")
  void getsAnApplicationById() {
    assertReportingApplication(client.applications().getApplication(APPLICATION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteApplication(PactDslWithProvider builder) {
    return respond(request(given(builder, APPLICATION).uponReceiving("delete an application"), "DELETE",
                "/applications/${applicationId}"),
            200, object(Shapes::application))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteApplication")
  void deletesAnApplicationAndDecodesWhatWasDeleted() {
    assertReportingApplication(client.applications().deleteApplication(APPLICATION_ID));
  }

  /** The token flow: client credentials for a token, then a call that carries it as a bearer token. */
  @Pact(consumer = CONSUMER)
  V4Pact createAccessToken(PactDslWithProvider builder) {
    PactDslResponse token = respond(
        tokenRequest(builder, "exchange client credentials for an access token",
            secret -> secret.valueFromProviderState(
                "client_secret", expression("clientSecret"), example("clientSecret"))),
        200, object(Shapes::accessToken));
    String call = "get a workspace with the access token issued for client credentials";
    return respond(request(given(token, WORKSPACE).uponReceiving(call), "GET", "/workspaces/${workspaceId}"),
            200, object(Shapes::workspace))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAccessToken")
  void exchangesClientCredentialsForATokenAndSendsItAsBearerToken(MockServer mockServer) {
    try (AirbyteClient withCredentials =
        clientFor(mockServer, AirbyteClient.builder().clientCredentials(CLIENT_ID, CLIENT_SECRET))) {
      WorkspacesPactTest.assertAnalyticsWorkspace(withCredentials.workspaces().getWorkspace(WORKSPACE_ID));
    }
  }

  /**
   * A refused secret. Self-managed Airbyte answers with Micronaut's error document, not a problem
   * document ({@code {"message": "Bad Request", "_embedded": {"errors": [...]}}}, as reported in
   * airbytehq/airbyte#65592). The client needs only the status, so the pact demands a JSON object
   * and none of its members (the spec check would reject {@code message}: the spec's problem
   * schema does not declare it).
   */
  @Pact(consumer = CONSUMER)
  V4Pact createAccessTokenWithWrongSecret(PactDslWithProvider builder) {
    return tokenRequest(builder, "exchange a wrong client secret for an access token",
            secret -> secret.stringValue("client_secret", WRONG_SECRET))
        .willRespondWith()
        .status(400)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(Shapes.anyObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAccessTokenWithWrongSecret")
  void aRefusedClientSecretThrowsAuthenticationErrorBeforeAnyCall(MockServer mockServer) {
    try (AirbyteClient withWrongSecret =
        clientFor(mockServer, AirbyteClient.builder().clientCredentials(CLIENT_ID, WRONG_SECRET))) {
      assertThatThrownBy(() -> withWrongSecret.workspaces().getWorkspace(WORKSPACE_ID))
          .isInstanceOfSatisfying(AirbyteAuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains(CLIENT_ID).doesNotContain(WRONG_SECRET);
          });
    }
  }

  /**
   * The token request: no credentials, a JSON body with the wire names {@code client_id}, {@code
   * client_secret} and {@code grant-type}.
   */
  private static PactDslRequestWithPath tokenRequest(
      PactDslWithProvider builder, String description, Consumer<LambdaDslObject> secret) {
    DslPart credentials = object(body -> {
      body.valueFromProviderState("client_id", expression("clientId"), example("clientId"));
      secret.accept(body);
      body.stringValue("grant-type", "client_credentials");
    });
    return withJson(
        anonymousRequest(given(builder, APPLICATION_CREDENTIALS).uponReceiving(description), "POST", TOKEN_PATH),
        credentials);
  }

  private static void assertReportingApplication(ApplicationRead application) {
    assertThat(application.getId()).isEqualTo(APPLICATION_ID);
    assertThat(application.getName()).isEqualTo("reporting");
    assertThat(application.getClientId()).isEqualTo(CLIENT_ID);
    assertThat(application.getClientSecret()).isEqualTo(CLIENT_SECRET);
    assertThat(application.getCreatedAt()).isEqualTo(1717969830000L);
  }
}
