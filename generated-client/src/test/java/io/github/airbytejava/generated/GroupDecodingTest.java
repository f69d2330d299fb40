package io.github.airbytejava.generated;

import static io.github.airbytejava.generated.LoopbackApi.connect;
import static io.github.airbytejava.generated.LoopbackApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.airbytejava.generated.api.ApplicationsApi;
import io.github.airbytejava.generated.api.ConnectionsApi;
import io.github.airbytejava.generated.api.ConnectorDefinitionsApi;
import io.github.airbytejava.generated.api.DataplanesApi;
import io.github.airbytejava.generated.api.DeclarativeSourceDefinitionsApi;
import io.github.airbytejava.generated.api.DestinationDefinitionsApi;
import io.github.airbytejava.generated.api.DestinationsApi;
import io.github.airbytejava.generated.api.EmbeddedScopedTokenApi;
import io.github.airbytejava.generated.api.EmbeddedWidgetApi;
import io.github.airbytejava.generated.api.GroupsApi;
import io.github.airbytejava.generated.api.HealthApi;
import io.github.airbytejava.generated.api.JobsApi;
import io.github.airbytejava.generated.api.OAuthApi;
import io.github.airbytejava.generated.api.OrganizationsApi;
import io.github.airbytejava.generated.api.PermissionsApi;
import io.github.airbytejava.generated.api.RegionsApi;
import io.github.airbytejava.generated.api.RootApi;
import io.github.airbytejava.generated.api.SourceDefinitionsApi;
import io.github.airbytejava.generated.api.SourcesApi;
import io.github.airbytejava.generated.api.StreamsApi;
import io.github.airbytejava.generated.api.TagsApi;
import io.github.airbytejava.generated.api.UsersApi;
import io.github.airbytejava.generated.api.WorkspacesApi;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.ConfiguredStreamMapper;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.DataplaneCreateRequest;
import io.github.airbytejava.generated.model.EmbeddedScopedTokenRequest;
import io.github.airbytejava.generated.model.HashingMapperConfiguration;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobsResponse;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.generated.model.SourcesResponse;
import io.github.airbytejava.generated.model.StreamMapperType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * One realistic response per operation group, decoded by the generated interface over real HTTP on
 * loopback with the ObjectMapper the client uses.
 */
class GroupDecodingTest {

  private static final UUID WORKSPACE = UUID.fromString("744cc0ed-7f05-4949-9e60-2a814f90c035");
  private static final UUID ORGANIZATION = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void sourcesDecodesTheListFromAirbytesDocumentation() throws Exception {
    server.enqueue(json("sources-list.json"));

    SourcesResponse page = connect(SourcesApi.class, server).listSources(List.of(WORKSPACE), false, 20, 0);

    assertThat(page.getData()).hasSize(2);
    assertThat(page.getData().get(0).getSourceType()).isEqualTo("snowflake");
    assertThat(page.getData().get(1).getCreatedAt()).isEqualTo(1755562809L);
    assertThat(page.getNext()).isEmpty();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget())
        .isEqualTo("/v1/sources?workspaceIds=" + WORKSPACE + "&includeDeleted=false&limit=20&offset=0");
  }

  @Test
  void connectionsDecodesHashingAndRowFilteringMappers() throws Exception {
    server.enqueue(json("connection-with-mappers.json"));

    ConnectionResponse connection = connect(ConnectionsApi.class, server).getConnection(UUID.randomUUID());

    List<ConfiguredStreamMapper> mappers = connection.getConfigurations().getStreams().get(0).getMappers();
    assertThat(mappers).extracting(ConfiguredStreamMapper::getType)
        .containsExactly(StreamMapperType.HASHING, StreamMapperType.ROW_FILTERING);
    HashingMapperConfiguration hashing =
        LoopbackApi.MAPPER.treeToValue(mappers.get(0).getMapperConfiguration(), HashingMapperConfiguration.class);
    assertThat(hashing.getMethod()).isEqualTo(HashingMapperConfiguration.MethodEnum.SHA_256);
    assertThat(hashing.getTargetField()).isEqualTo("email");
    JsonNode rowFilter = mappers.get(1).getMapperConfiguration().get("conditions");
    assertThat(rowFilter.get("type").asText()).isEqualTo("NOT");
    assertThat(rowFilter.at("/conditions/0/comparisonValue").asText()).isEqualTo("deleted");
    assertThat(connection.getTags()).singleElement().satisfies(tag -> assertThat(tag.getName()).isEqualTo("prod"));
  }

  @Test
  void jobsDecodesAnUnknownStatusInsteadOfFailing() throws Exception {
    server.enqueue(json("job-unknown-status.json"));

    JobResponse job = connect(JobsApi.class, server).getJob(8842L);

    assertThat(job.getStatus()).isEqualTo(JobStatusEnum.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(job.getRowsSynced()).isEqualTo(2048L);
  }

  @Test
  void jobsDecodesTheQueuedStatusAndThePagingLinks() throws Exception {
    server.enqueue(json("jobs-list.json"));

    JobsResponse jobs = connect(JobsApi.class, server)
        .listJobs(null, 2, 0, null, null, null, null, null, null, null, null);

    assertThat(jobs.getData()).extracting(JobResponse::getStatus)
        .containsExactly(JobStatusEnum.SUCCEEDED, JobStatusEnum.QUEUED);
    assertThat(jobs.getNext()).endsWith("offset=2");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/jobs?limit=2&offset=0");
  }

  @Test
  void applicationsDecodesATokenAndSendsTheGrantTypeUnderItsWireName() throws Exception {
    server.enqueue(json("token.json"));

    var token = connect(ApplicationsApi.class, server).createAccessToken(
        new ApplicationTokenRequestWithGrant().clientId("id").clientSecret("secret")
            .grantType(ApplicationTokenRequestWithGrant.GrantTypeEnum.CLIENT_CREDENTIALS));

    assertThat(token.getExpiresIn()).isEqualTo(180L);
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"client_id\":\"id\",\"client_secret\":\"secret\",\"grant-type\":\"client_credentials\"}");
  }

  @Test
  void applicationsDecodesTheApplicationList() {
    server.enqueue(json("applications-list.json"));

    var list = connect(ApplicationsApi.class, server).listApplications();

    assertThat(list.getApplications()).singleElement()
        .satisfies(app -> assertThat(app.getCreatedAt()).isEqualTo(1717969830000L));
  }

  @Test
  void destinationsDecodesConfigurationAsAnOpenObject() {
    server.enqueue(json("destinations-list.json"));

    var page = connect(DestinationsApi.class, server).listDestinations(List.of(WORKSPACE), null, null, null);

    assertThat(page.getData()).singleElement().satisfies(d -> assertThat(d.getDestinationType()).isEqualTo("snowflake"));
  }

  @Test
  void workspacesDecodesNotificationSettings() {
    server.enqueue(json("workspace.json"));

    var workspace = connect(WorkspacesApi.class, server).getWorkspace(WORKSPACE);

    assertThat(workspace.getNotifications().getFailure().getEmail().getEnabled()).isTrue();
  }

  @Test
  void regionsDecodesTheList() {
    server.enqueue(json("regions.json"));

    var regions = connect(RegionsApi.class, server).listRegions(ORGANIZATION);

    assertThat(regions.getData()).singleElement().satisfies(r -> assertThat(r.getName()).isEqualTo("us-east-1"));
  }

  @Test
  void dataplanesDecodesTheCreateResponseThatUpstreamLeftUndefined() {
    server.enqueue(json("dataplane-created.json"));

    var created = connect(DataplanesApi.class, server).createDataplane(
        new DataplaneCreateRequest().name("on-prem-1").regionId(UUID.randomUUID()));

    assertThat(created.getDataplaneId()).isEqualTo(UUID.fromString("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"));
  }

  @Test
  void connectorDefinitionsDecodesBothConnectorTypes() {
    server.enqueue(json("connector-definitions.json"));

    var definitions = connect(ConnectorDefinitionsApi.class, server).listConnectorDefinitions(ConnectorType.SOURCE, null);

    assertThat(definitions.getData()).extracting(d -> d.getConnectorDefinitionType())
        .containsExactly(ConnectorType.SOURCE, ConnectorType.DESTINATION);
  }

  @Test
  void declarativeSourceDefinitionsKeepsTheManifestAsJson() {
    server.enqueue(json("declarative-source-definitions.json"));

    var page = connect(DeclarativeSourceDefinitionsApi.class, server).listDeclarativeSourceDefinitions(WORKSPACE);

    assertThat(page.getData()).singleElement().satisfies(d -> {
      assertThat(d.getVersion()).isEqualTo(3L);
      assertThat(d.getManifest()).isNotNull();
    });
  }

  @Test
  void sourceDefinitionsDecodesTheList() {
    server.enqueue(json("source-definitions.json"));

    var page = connect(SourceDefinitionsApi.class, server).listSourceDefinitions(WORKSPACE);

    assertThat(page.getData()).singleElement().satisfies(d -> assertThat(d.getDockerImageTag()).isEqualTo("1.4.0"));
  }

  @Test
  void destinationDefinitionsDecodesOneDefinition() {
    server.enqueue(json("destination-definition.json"));

    var definition = connect(DestinationDefinitionsApi.class, server).getDestinationDefinition(WORKSPACE, UUID.randomUUID());

    assertThat(definition.getDockerRepository()).isEqualTo("acme/destination-wh");
  }

  @Test
  void streamsDecodesATopLevelArray() {
    server.enqueue(json("stream-properties.json"));

    var streams = connect(StreamsApi.class, server).getStreamProperties(UUID.randomUUID(), null, true);

    assertThat(streams).singleElement().satisfies(s -> assertThat(s.getSourceDefinedPrimaryKey()).containsExactly(List.of("id")));
  }

  @Test
  void permissionsDecodesScopedPermissions() {
    server.enqueue(json("permissions.json"));

    var permissions = connect(PermissionsApi.class, server).listPermissions(null, ORGANIZATION);

    assertThat(permissions.getData()).singleElement()
        .satisfies(p -> assertThat(p.getPermissionType()).isEqualTo(PermissionType.WORKSPACE_ADMIN));
  }

  @Test
  void organizationsDecodesTheList() {
    server.enqueue(json("organizations.json"));

    var organizations = connect(OrganizationsApi.class, server).listOrganizationsForUser();

    assertThat(organizations.getData()).singleElement().satisfies(o -> assertThat(o.getEmail()).isEqualTo("data@acme.example"));
  }

  @Test
  void usersDecodesTheList() {
    server.enqueue(json("users.json"));

    var users = connect(UsersApi.class, server).listUsersWithinAnOrganization(ORGANIZATION, null, List.of("ada@acme.example"));

    assertThat(users.getData()).singleElement().satisfies(u -> assertThat(u.getName()).isEqualTo("Ada Lovelace"));
  }

  @Test
  void groupsDecodesTheList() {
    server.enqueue(json("groups.json"));

    var groups = connect(GroupsApi.class, server).listGroups(ORGANIZATION, 10, 0);

    assertThat(groups.getData()).singleElement().satisfies(g -> assertThat(g.getMemberCount()).isEqualTo(12L));
  }

  @Test
  void tagsDecodesTheList() {
    server.enqueue(json("tags.json"));

    var tags = connect(TagsApi.class, server).listTags(List.of(WORKSPACE));

    assertThat(tags.getData()).singleElement().satisfies(t -> assertThat(t.getColor()).isEqualTo("FF5733"));
  }

  @Test
  void embeddedWidgetDecodesTheOrganizationList() {
    server.enqueue(json("embedded-organizations.json"));

    var list = connect(EmbeddedWidgetApi.class, server).listEmbeddedOrganizationsByUser();

    assertThat(list.getOrganizations()).singleElement()
        .satisfies(o -> assertThat(o.getPermission()).isEqualTo(PermissionType.ORGANIZATION_ADMIN));
  }

  @Test
  void embeddedScopedTokenDecodesTheToken() {
    server.enqueue(json("scoped-token.json"));

    var token = connect(EmbeddedScopedTokenApi.class, server)
        .generateEmbeddedScopedToken(new EmbeddedScopedTokenRequest().workspaceId(WORKSPACE));

    assertThat(token.getToken()).startsWith("eyJ");
  }

  @Test
  void healthAcceptsAnEmptyOk() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    connect(HealthApi.class, server).getHealthCheck();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/health");
  }

  @Test
  void rootAcceptsTheDocumentationPage() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body("<html></html>").build());

    connect(RootApi.class, server).getDocumentation();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/");
  }

  @Test
  void oauthSendsTheCallbackQuery() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    connect(OAuthApi.class, server).oauthCallback(Map.of("state", "abc"));

    assertThat(server.takeRequest().getTarget()).startsWith("/v1/oauth/callback?");
  }

  @Test
  void requestsLeaveUnsetOptionalFieldsOut() throws Exception {
    server.enqueue(json("dataplane-created.json"));

    connect(DataplanesApi.class, server).createDataplane(
        new DataplaneCreateRequest().name("on-prem-1").regionId(UUID.fromString("c1d2e3f4-a5b6-4789-8abc-def012345678")));

    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"regionId\":\"c1d2e3f4-a5b6-4789-8abc-def012345678\",\"name\":\"on-prem-1\"}")
        .doesNotContain("null");
  }
}
