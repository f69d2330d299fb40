package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.OAUTH_CREDENTIALS_NAME;
import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.NO_WORKSPACE;
import static io.github.airbytejava.contract.consumer.States.ORGANIZATION;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE_OAUTH_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.client.AirbyteBadRequestException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.generated.model.ActorTypeEnum;
import io.github.airbytejava.generated.model.WorkspaceCreateRequest;
import io.github.airbytejava.generated.model.WorkspaceOAuthCredentialsRequest;
import io.github.airbytejava.generated.model.WorkspaceResponse;
import io.github.airbytejava.generated.model.WorkspaceUpdateRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspacesPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listWorkspaces(PactDslWithProvider builder) {
    return respond(
            request(given(builder, WORKSPACE).uponReceiving("list workspaces by id"), "GET", "/workspaces")
                .query("includeDeleted=false&limit=20&offset=0")
                .queryParameterFromProviderState("workspaceIds", expression("workspaceId"), example("workspaceId")),
            200, list(Shapes::workspace))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listWorkspaces")
  void listsWorkspacesById() {
    List<WorkspaceResponse> workspaces =
        client.workspaces().listWorkspaces(List.of(WORKSPACE_ID), false, 20, 0).getData();

    assertThat(workspaces).singleElement().satisfies(WorkspacesPactTest::assertAnalyticsWorkspace);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getWorkspace(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("get a workspace"),
                "GET", "/workspaces/${workspaceId}"),
            200, object(Shapes::workspace))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getWorkspace")
  void getsAWorkspaceById() {
    assertAnalyticsWorkspace(client.workspaces().getWorkspace(WORKSPACE_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingWorkspace(PactDslWithProvider builder) {
    return error(request(given(builder, NO_WORKSPACE).uponReceiving("get a workspace that does not exist"), "GET",
                "/workspaces/${workspaceId}"), 404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingWorkspace")
  void getOfAMissingWorkspaceThrowsNotFound() {
    assertFailsWith(AirbyteNotFoundException.class, 404, () -> client.workspaces().getWorkspace(WORKSPACE_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createWorkspace(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION).uponReceiving("create a workspace in an organization"), "POST",
                "/workspaces", newWorkspace("Analytics")),
            200, object(Shapes::workspace))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createWorkspace")
  void createsAWorkspaceInAnOrganization() {
    WorkspaceCreateRequest analytics = new WorkspaceCreateRequest().name("Analytics").organizationId(ORGANIZATION_ID);

    assertAnalyticsWorkspace(client.workspaces().createWorkspace(analytics));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createWorkspaceWithBlankName(PactDslWithProvider builder) {
    return error(request(given(builder, ORGANIZATION).uponReceiving("create a workspace with a blank name"),
                "POST", "/workspaces", newWorkspace("")), 400)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createWorkspaceWithBlankName")
  void creatingAWorkspaceWithABlankNameThrowsBadRequest() {
    WorkspaceCreateRequest blank = new WorkspaceCreateRequest().name("").organizationId(ORGANIZATION_ID);

    assertFailsWith(AirbyteBadRequestException.class, 400, () -> client.workspaces().createWorkspace(blank));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateWorkspace(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("rename a workspace"),
                "PATCH", "/workspaces/${workspaceId}",
                object(body -> body.stringValue("name", "Analytics EU"))),
            200, object(Shapes::workspace))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateWorkspace")
  void renamesAWorkspace() {
    WorkspaceUpdateRequest rename = new WorkspaceUpdateRequest().name("Analytics EU");

    assertAnalyticsWorkspace(client.workspaces().updateWorkspace(WORKSPACE_ID, rename));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteWorkspace(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("delete a workspace"),
                "DELETE", "/workspaces/${workspaceId}"),
            204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteWorkspace")
  void deletesAWorkspace() {
    assertThatNoException().isThrownBy(() -> client.workspaces().deleteWorkspace(WORKSPACE_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createOrUpdateWorkspaceOAuthCredentials(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE)
                .uponReceiving("set the OAuth app credentials of a workspace for a source type"),
                "PUT", "/workspaces/${workspaceId}/oauthCredentials", Shapes.oauthCredentials()), 200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createOrUpdateWorkspaceOAuthCredentials")
  void setsTheOAuthAppCredentialsOfAWorkspace() {
    WorkspaceOAuthCredentialsRequest credentials = new WorkspaceOAuthCredentialsRequest()
        .actorType(ActorTypeEnum.SOURCE)
        .name(OAUTH_CREDENTIALS_NAME)
        ._configuration(Shapes.OAUTH_APP_CREDENTIALS);

    assertThatNoException().isThrownBy(
        () -> client.workspaces().createOrUpdateWorkspaceOAuthCredentials(WORKSPACE_ID, credentials));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteWorkspaceOAuthCredentials(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE_OAUTH_CREDENTIALS)
                .uponReceiving("delete the OAuth app credentials of a workspace for a source type"),
                "DELETE", "/workspaces/${workspaceId}/oauthCredentials/source/" + OAUTH_CREDENTIALS_NAME), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteWorkspaceOAuthCredentials")
  void deletesTheOAuthAppCredentialsOfAWorkspace() {
    assertThatNoException().isThrownBy(() -> client.workspaces()
        .deleteWorkspaceOAuthCredentials(WORKSPACE_ID, ActorTypeEnum.SOURCE, OAUTH_CREDENTIALS_NAME));
  }

  private static DslPart newWorkspace(String name) {
    return object(body -> {
      body.stringValue("name", name);
      body.valueFromProviderState("organizationId", expression("organizationId"), example("organizationId"));
    });
  }

  static void assertAnalyticsWorkspace(WorkspaceResponse workspace) {
    assertThat(workspace.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
    assertThat(workspace.getName()).isEqualTo("Analytics");
    assertThat(workspace.getDataResidency()).isEqualTo("auto");
    assertThat(workspace.getNotifications()).isNotNull();
  }
}
