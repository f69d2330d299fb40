package io.github.airbytejava.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import io.github.airbytejava.generated.model.ActorTypeEnum;
import io.github.airbytejava.generated.model.ApplicationRead;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The provider states of the pinned pacts: each creates what its name says through {@link
 * Fixtures}, and returns the ids it created under the names of the state's placeholders, which
 * Pact then puts into the replayed request in place of the consumer's examples.
 *
 * <p>The names are the consumer's ({@code consumer/States.java}); {@code
 * PinsAndProviderSideListsTest} checks that every state of the pins has a method here. States
 * that start with "no" create nothing: the example id does not exist in any provider.
 */
public final class ProviderStates {

  /** The state of the interactions that send an expired token; see {@link InteractionRequests}. */
  public static final String EXPIRED_TOKEN = "the access token has expired";

  /** The source type whose OAuth app credentials the pacts set and delete. */
  public static final String OAUTH_SOURCE_TYPE = "google-ads";

  /** OAuth app credentials of a source type, as the consumer sends them. */
  public static final Map<String, Object> OAUTH_APP =
      Map.of("credentials", Map.of("client_id", "contract-test-oauth-app", "client_secret", "contract-test-oauth"));

  private final Fixtures fixtures;
  private final ProviderUnderTest provider;

  /** States made with {@code fixtures}, which the caller cleans up after each interaction. */
  public ProviderStates(Fixtures fixtures) {
    this.fixtures = fixtures;
    this.provider = fixtures.provider();
  }

  @State({"no workspace {workspaceId}", "no source {sourceId}", "no destination {destinationId}",
      "no connection {connectionId}", "no job {jobId}"})
  public void nothing() {
    // The example ids are the consumer's own and exist in no provider.
  }

  @State(EXPIRED_TOKEN)
  public void expiredToken() {
    // Nothing to create: the request keeps an expired token instead of a valid one (InteractionRequests).
  }

  @State("a workspace {workspaceId}")
  public Map<String, Object> workspace() {
    return ids("workspaceId", fixtures.workspace());
  }

  @State("a workspace {workspaceId} with a source {sourceId}")
  public Map<String, Object> source() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace, "sourceId", fixtures.source(workspace));
  }

  @State("a workspace {workspaceId} with a destination {destinationId}")
  public Map<String, Object> destination() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace, "destinationId", fixtures.destination(workspace));
  }

  @State("a workspace {workspaceId} with a source {sourceId} and a destination {destinationId}")
  public Map<String, Object> sourceAndDestination() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace, "sourceId", fixtures.source(workspace),
        "destinationId", fixtures.destination(workspace));
  }

  @State("a workspace {workspaceId} with a connection {connectionId} from source {sourceId} to destination"
      + " {destinationId}")
  public Map<String, Object> connection() {
    return stringified(newConnection());
  }

  @State("a workspace {workspaceId} with an inactive connection {connectionId}")
  public Map<String, Object> inactiveConnection() {
    Map<String, Object> ids = newConnection();
    fixtures.deactivate((UUID) ids.get("connectionId"));
    return stringified(ids);
  }

  @State("a connection {connectionId} with a running sync job {jobId}")
  public Map<String, Object> runningJob() {
    Map<String, Object> ids = newConnection();
    ids.put("jobId", fixtures.syncJob((UUID) ids.get("connectionId")));
    return stringified(ids);
  }

  @State("a workspace {workspaceId} with OAuth credentials for the source type {name}")
  public Map<String, Object> workspaceOAuthCredentials() {
    UUID workspace = fixtures.workspace();
    fixtures.workspaceOAuthCredentials(workspace, OAUTH_SOURCE_TYPE, OAUTH_APP);
    return ids("workspaceId", workspace);
  }

  @State("an application {applicationId}")
  public Map<String, Object> application() {
    return ids("applicationId", fixtures.application().getId());
  }

  @State("an application with client id {clientId} and client secret {clientSecret}")
  public Map<String, Object> applicationCredentials() {
    ApplicationRead application = fixtures.application();
    return ids("clientId", application.getClientId(), "clientSecret", application.getClientSecret());
  }

  @State("an organization {organizationId}")
  public Map<String, Object> organization() {
    return ids("organizationId", provider.organizationId());
  }

  @State("an organization {organizationId} with Airbyte Embedded enabled")
  public Map<String, Object> embeddedOrganization() {
    // Embedded is switched on by Airbyte, not through the API: the stand-in has it on everywhere,
    // and against a real deployment these interactions are skipped (RealAirbyteSkips).
    return organization();
  }

  @State("an organization {organizationId} with OAuth credentials for the source type {name}")
  public Map<String, Object> organizationOAuthCredentials() {
    fixtures.organizationOAuthCredentials(OAUTH_SOURCE_TYPE, OAUTH_APP);
    return organization();
  }

  @State("an organization {organizationId} with a user {userId}")
  public Map<String, Object> organizationUser() {
    return ids("organizationId", provider.organizationId(), "userId", provider.memberUserId());
  }

  @State("a workspace {workspaceId} and a user {userId}")
  public Map<String, Object> workspaceAndUser() {
    return ids("workspaceId", fixtures.workspace(), "userId", provider.memberUserId());
  }

  @State("a user {userId} with a permission {permissionId} on workspace {workspaceId}")
  public Map<String, Object> permission() {
    UUID workspace = fixtures.workspace();
    UUID user = provider.memberUserId();
    return ids("workspaceId", workspace, "userId", user,
        "permissionId", fixtures.workspacePermission(user, workspace));
  }

  @State("an organization {organizationId} with a group {groupId}")
  public Map<String, Object> group() {
    return ids("organizationId", provider.organizationId(), "groupId", fixtures.group());
  }

  @State("a group {groupId} and a user {userId} of its organization {organizationId}")
  public Map<String, Object> groupAndUser() {
    return ids("organizationId", provider.organizationId(), "groupId", fixtures.group(),
        "userId", provider.memberUserId());
  }

  @State("a group {groupId} with a member {userId}")
  public Map<String, Object> groupMember() {
    UUID group = fixtures.group();
    UUID user = provider.memberUserId();
    fixtures.addMember(group, user);
    return ids("groupId", group, "userId", user);
  }

  @State("a group {groupId} with a permission {permissionId} on workspace {workspaceId}")
  public Map<String, Object> groupPermission() {
    UUID group = fixtures.group();
    UUID workspace = fixtures.workspace();
    return ids("groupId", group, "workspaceId", workspace, "permissionId", fixtures.groupPermission(group, workspace));
  }

  @State("a group {groupId} and a workspace {workspaceId}")
  public Map<String, Object> groupAndWorkspace() {
    return ids("groupId", fixtures.group(), "workspaceId", fixtures.workspace());
  }

  @State("a workspace {workspaceId} with a tag {tagId}")
  public Map<String, Object> tag() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace, "tagId", fixtures.tag(workspace));
  }

  @State("an organization {organizationId} with a region {regionId}")
  public Map<String, Object> region() {
    return ids("organizationId", provider.organizationId(), "regionId", fixtures.region());
  }

  @State("a region {regionId} with a dataplane {dataplaneId}")
  public Map<String, Object> dataplane() {
    UUID region = fixtures.region();
    return ids("regionId", region, "dataplaneId", fixtures.dataplane(region));
  }

  @State("a workspace {workspaceId} with a custom source definition {definitionId}")
  public Map<String, Object> customSourceDefinition() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace, "definitionId", fixtures.customDefinition(ActorTypeEnum.SOURCE, workspace));
  }

  @State("a workspace {workspaceId} with a custom destination definition {definitionId}")
  public Map<String, Object> customDestinationDefinition() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace,
        "definitionId", fixtures.customDefinition(ActorTypeEnum.DESTINATION, workspace));
  }

  @State("a workspace {workspaceId} with a declarative source definition {definitionId}")
  public Map<String, Object> declarativeDefinition() {
    UUID workspace = fixtures.workspace();
    return ids("workspaceId", workspace, "definitionId", fixtures.declarativeDefinition(workspace));
  }

  /** Workspace, source, destination and a connection between them; ids as UUIDs, for further use. */
  private Map<String, Object> newConnection() {
    UUID workspace = fixtures.workspace();
    UUID source = fixtures.source(workspace);
    UUID destination = fixtures.destination(workspace);
    Map<String, Object> ids = new LinkedHashMap<>();
    ids.put("workspaceId", workspace);
    ids.put("sourceId", source);
    ids.put("destinationId", destination);
    ids.put("connectionId", fixtures.connection(source, destination));
    return ids;
  }

  /** Placeholder names and values, alternating; UUIDs as their text, as the pacts carry them. */
  private static Map<String, Object> ids(Object... namesAndValues) {
    Map<String, Object> ids = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      ids.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return stringified(ids);
  }

  private static Map<String, Object> stringified(Map<String, Object> ids) {
    Map<String, Object> values = new LinkedHashMap<>();
    ids.forEach((name, value) -> values.put(name, value instanceof UUID uuid ? uuid.toString() : value));
    return values;
  }
}
