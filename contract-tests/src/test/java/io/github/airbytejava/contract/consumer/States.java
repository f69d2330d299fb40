package io.github.airbytejava.contract.consumer;

/**
 * Every provider state the consumer pacts use, in one place for whoever writes the state handlers.
 *
 * <p>A handler creates what the state names and returns the ids it created under the placeholder
 * names ({@code workspaceId}, {@code sourceId}, ...); paths, query parameters and request bodies
 * refer to them as {@code ${sourceId}}, so the provider's own ids replace the examples. States that
 * start with "no" need nothing created: the example id simply must not exist.
 */
final class States {

  static final String WORKSPACE = "a workspace {workspaceId}";
  static final String NO_WORKSPACE = "no workspace {workspaceId}";
  static final String SOURCE = "a workspace {workspaceId} with a source {sourceId}";
  static final String NO_SOURCE = "no source {sourceId}";
  static final String DESTINATION = "a workspace {workspaceId} with a destination {destinationId}";
  static final String NO_DESTINATION = "no destination {destinationId}";
  static final String SOURCE_AND_DESTINATION =
      "a workspace {workspaceId} with a source {sourceId} and a destination {destinationId}";
  static final String CONNECTION = "a workspace {workspaceId} with a connection {connectionId}"
      + " from source {sourceId} to destination {destinationId}";
  static final String INACTIVE_CONNECTION = "a workspace {workspaceId} with an inactive connection {connectionId}";
  static final String NO_CONNECTION = "no connection {connectionId}";
  static final String RUNNING_JOB = "a connection {connectionId} with a running sync job {jobId}";
  static final String NO_JOB = "no job {jobId}";
  static final String WORKSPACE_OAUTH_CREDENTIALS =
      "a workspace {workspaceId} with OAuth credentials for the source type {name}";

  static final String APPLICATION = "an application {applicationId}";
  static final String APPLICATION_CREDENTIALS =
      "an application with client id {clientId} and client secret {clientSecret}";
  static final String EXPIRED_TOKEN = "the access token has expired";

  static final String ORGANIZATION = "an organization {organizationId}";
  static final String ORGANIZATION_OAUTH_CREDENTIALS =
      "an organization {organizationId} with OAuth credentials for the source type {name}";
  static final String ORGANIZATION_USER = "an organization {organizationId} with a user {userId}";
  static final String EMBEDDED_ORGANIZATION = "an organization {organizationId} with Airbyte Embedded enabled";
  static final String WORKSPACE_USER = "a workspace {workspaceId} and a user {userId}";
  static final String PERMISSION = "a user {userId} with a permission {permissionId} on workspace {workspaceId}";
  static final String GROUP = "an organization {organizationId} with a group {groupId}";
  static final String GROUP_AND_USER = "a group {groupId} and a user {userId} of its organization {organizationId}";
  static final String GROUP_MEMBER = "a group {groupId} with a member {userId}";
  static final String GROUP_PERMISSION =
      "a group {groupId} with a permission {permissionId} on workspace {workspaceId}";
  static final String GROUP_AND_WORKSPACE = "a group {groupId} and a workspace {workspaceId}";
  static final String TAG = "a workspace {workspaceId} with a tag {tagId}";
  static final String REGION = "an organization {organizationId} with a region {regionId}";
  static final String DATAPLANE = "a region {regionId} with a dataplane {dataplaneId}";
  static final String CUSTOM_DEFINITION = "a workspace {workspaceId} with a custom %s definition {definitionId}";
  static final String DECLARATIVE_DEFINITION =
      "a workspace {workspaceId} with a declarative source definition {definitionId}";

  private States() {}
}
