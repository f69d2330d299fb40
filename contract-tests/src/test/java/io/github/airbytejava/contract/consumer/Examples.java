package io.github.airbytejava.contract.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example values of the pacts: the ids a provider state names, and the values the consumer
 * tests send.
 *
 * <p>A provider state is written as a provider would implement it, with its ids as placeholders:
 * {@code "a workspace {workspaceId} with a source {sourceId}"}. Its parameters are the examples
 * below for those placeholders, and request paths refer to the same names as {@code ${sourceId}},
 * so a provider whose state handler creates the source and returns its id replaces the example id.
 */
final class Examples {

  static final UUID WORKSPACE_ID = UUID.fromString("744cc0ed-7f05-4949-9e60-2a814f90c035");
  static final UUID ORGANIZATION_ID = UUID.fromString("2e1ef1b9-3b0a-4fd2-8d7b-7a3c5e8e2f10");
  static final UUID SOURCE_ID = UUID.fromString("0c31738c-0b2d-4887-b506-e2cd1c39cc35");
  static final UUID DESTINATION_ID = UUID.fromString("e478de0d-a3a0-475c-b019-25f7dd29e281");
  static final UUID CONNECTION_ID = UUID.fromString("9924bcd0-99be-453d-ba47-c2c9766f7da5");
  static final UUID SOURCE_DEFINITION_ID = UUID.fromString("e094cb9a-26de-4645-8761-65c0c425d1de");
  static final UUID DESTINATION_DEFINITION_ID = UUID.fromString("25c5221d-dce2-4163-ade9-739ef790f503");
  static final UUID DEFINITION_ID = UUID.fromString("5a2f7b3e-9c1d-4e8f-a6b0-3d4c5e6f7a8b");
  static final UUID USER_ID = UUID.fromString("1b8e3f52-7c4a-4d9e-b2f1-6a0c9d8e7f65");
  static final UUID PERMISSION_ID = UUID.fromString("8f3c2a1b-5d6e-4f70-9a8b-7c6d5e4f3a21");
  static final UUID GROUP_ID = UUID.fromString("c7d6e5f4-a3b2-4c1d-8e9f-0a1b2c3d4e5f");
  static final UUID MEMBER_ID = UUID.fromString("d4c3b2a1-9f8e-4d7c-a6b5-4e3d2c1b0a99");
  static final UUID TAG_ID = UUID.fromString("3f2e1d0c-b9a8-4765-9432-10fedcba9876");
  static final UUID REGION_ID = UUID.fromString("6e5d4c3b-2a19-4f08-b7e6-d5c4b3a29180");
  static final UUID DATAPLANE_ID = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
  static final long JOB_ID = 1234L;
  static final String APPLICATION_ID = "780d5bd9-a8a0-43cf-8b35-cc2061ad8319";
  static final String CLIENT_ID = "b6b159ce-07f4-4699-94b3-3e85b318852e";
  static final String CLIENT_SECRET = "contract-test-client-secret";
  static final String OAUTH_CREDENTIALS_NAME = "google-ads";

  /** A point in time as Airbyte writes {@code createdAt}: seconds since the epoch. */
  static final long CREATED_AT = 1755562809L;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

  private static final Map<String, Object> BY_NAME = Map.ofEntries(
      Map.entry("workspaceId", WORKSPACE_ID.toString()),
      Map.entry("organizationId", ORGANIZATION_ID.toString()),
      Map.entry("sourceId", SOURCE_ID.toString()),
      Map.entry("destinationId", DESTINATION_ID.toString()),
      Map.entry("connectionId", CONNECTION_ID.toString()),
      Map.entry("sourceDefinitionId", SOURCE_DEFINITION_ID.toString()),
      Map.entry("destinationDefinitionId", DESTINATION_DEFINITION_ID.toString()),
      Map.entry("definitionId", DEFINITION_ID.toString()),
      Map.entry("userId", USER_ID.toString()),
      Map.entry("permissionId", PERMISSION_ID.toString()),
      Map.entry("groupId", GROUP_ID.toString()),
      Map.entry("tagId", TAG_ID.toString()),
      Map.entry("regionId", REGION_ID.toString()),
      Map.entry("dataplaneId", DATAPLANE_ID.toString()),
      Map.entry("jobId", JOB_ID),
      Map.entry("applicationId", APPLICATION_ID),
      Map.entry("clientId", CLIENT_ID),
      Map.entry("clientSecret", CLIENT_SECRET),
      Map.entry("name", OAUTH_CREDENTIALS_NAME));

  private Examples() {}

  /** The example value for a placeholder name such as {@code sourceId}. */
  static Object of(String name) {
    Object value = BY_NAME.get(name);
    if (value == null) {
      throw new IllegalArgumentException("No example value for '" + name + "': add one to Examples");
    }
    return value;
  }

  /** The parameters of a provider state: each {@code {placeholder}} of its name with its example. */
  static Map<String, Object> stateParameters(String state) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    Matcher placeholder = PLACEHOLDER.matcher(state);
    while (placeholder.find()) {
      parameters.put(placeholder.group(1), of(placeholder.group(1)));
    }
    return parameters;
  }

  /** A path with each {@code ${name}} replaced by its example: the path the consumer test calls. */
  static String fill(String pathExpression) {
    Matcher expression = EXPRESSION.matcher(pathExpression);
    StringBuilder path = new StringBuilder();
    while (expression.find()) {
      expression.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(of(expression.group(1)))));
    }
    return expression.appendTail(path).toString();
  }
}
