package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.CONNECTION_ID;
import static io.github.airbytejava.contract.consumer.Examples.CREATED_AT;
import static io.github.airbytejava.contract.consumer.Examples.DATAPLANE_ID;
import static io.github.airbytejava.contract.consumer.Examples.DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.DESTINATION_DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.DESTINATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.GROUP_ID;
import static io.github.airbytejava.contract.consumer.Examples.JOB_ID;
import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.PERMISSION_ID;
import static io.github.airbytejava.contract.consumer.Examples.REGION_ID;
import static io.github.airbytejava.contract.consumer.Examples.SOURCE_DEFINITION_ID;
import static io.github.airbytejava.contract.consumer.Examples.SOURCE_ID;
import static io.github.airbytejava.contract.consumer.Examples.TAG_ID;
import static io.github.airbytejava.contract.consumer.Examples.USER_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bodies of the pacts, above all the response shapes the client relies on, pinned with type
 * matchers ({@code uuid}, {@code stringType}, {@code integerType}, arrays of at least one like the
 * example): a provider passes with any values of the right types.
 *
 * <p>Every field the effective spec marks required is here; an optional one only where the
 * provider state guarantees it, so the pact never demands what the spec leaves optional. Request
 * bodies are matched by value ({@link #values}), since the test decides what the client sends.
 */
final class Shapes {

  /** An ISO-8601 time as Airbyte writes {@code startTime}, {@code createdAt} of regions, ... */
  static final String TIMESTAMP = "2025-08-19T00:20:09Z";

  /** The OAuth app of a source type, as workspaces and organizations store it. */
  static final Map<String, Object> OAUTH_APP_CREDENTIALS =
      Map.of("credentials", Map.of("client_id", "871d9b60-11d1-44cb-8c92-c246d53bf87e", "client_secret", "shhhhhh"));

  /** Where the {@code type} of every Airbyte problem document points. */
  static final String ERROR_REFERENCE = "https://reference.airbyte.com/reference/errors#";

  private Shapes() {}

  /**
   * The problem document Airbyte sends with an error, for example {@code {"type":
   * "https://reference.airbyte.com/reference/errors#resource-not-found", "title":
   * "resource-not-found", "status": 404, "detail": "..."}}.
   */
  static DslPart problem(int status) {
    String kind = switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 404 -> "resource-not-found";
      default -> throw new IllegalArgumentException("No example problem for status " + status + ": add one");
    };
    return object(problem -> {
      problem.stringMatcher("type", "https://reference\\.airbyte\\.com/reference/errors#.+", ERROR_REFERENCE + kind);
      problem.stringType("title", kind);
      problem.integerType("status", status);
      problem.stringType("detail", "Example detail for " + kind + ".");
    });
  }

  /** The request body that stores {@link #OAUTH_APP_CREDENTIALS} for the example source type. */
  static DslPart oauthCredentials() {
    return object(body -> {
      body.stringValue("actorType", "source");
      body.stringValue("name", Examples.OAUTH_CREDENTIALS_NAME);
      body.object("configuration", values(OAUTH_APP_CREDENTIALS));
    });
  }

  /** A JSON object of the given shape. */
  static DslPart object(Consumer<LambdaDslObject> shape) {
    return LambdaDsl.newJsonBody(shape::accept).build();
  }

  /** A JSON object whose members the client does not read. */
  static DslPart anyObject() {
    return object(members -> {});
  }

  /** A list response: {@code data} holds at least one item of the given shape. */
  static DslPart list(Consumer<LambdaDslObject> item) {
    return object(page -> page.minArrayLike("data", 1, item));
  }

  /** A top-level JSON array of at least one item of the given shape. */
  static DslPart array(Consumer<LambdaDslObject> item) {
    return LambdaDsl.newJsonArrayMinLike(1, items -> items.object(item)).build();
  }

  /**
   * Exactly these values, as a request body carries them: a request is matched by value, so the
   * pact states what the client sends. Nested maps become nested objects.
   */
  static Consumer<LambdaDslObject> values(Map<?, ?> values) {
    return o -> values.forEach((key, value) -> {
      String name = String.valueOf(key);
      if (value instanceof Map<?, ?> nested) {
        o.object(name, values(nested));
      } else if (value instanceof Number number) {
        o.numberValue(name, number);
      } else if (value instanceof Boolean flag) {
        o.booleanValue(name, flag);
      } else {
        o.stringValue(name, String.valueOf(value));
      }
    });
  }

  /** An int64 field matched by type (the lambda DSL only takes {@code int} examples). */
  static void longType(LambdaDslObject object, String name, long example) {
    object.getPactDslObject().integerType(name, example);
  }

  static void source(LambdaDslObject o) {
    o.uuid("sourceId", SOURCE_ID);
    o.stringType("name", "Stripe");
    o.stringType("sourceType", "stripe");
    o.uuid("definitionId", SOURCE_DEFINITION_ID);
    o.uuid("workspaceId", WORKSPACE_ID);
    o.object("configuration", configuration -> {});
    longType(o, "createdAt", CREATED_AT);
  }

  static void destination(LambdaDslObject o) {
    o.uuid("destinationId", DESTINATION_ID);
    o.stringType("name", "Postgres");
    o.stringType("destinationType", "postgres");
    o.uuid("definitionId", DESTINATION_DEFINITION_ID);
    o.uuid("workspaceId", WORKSPACE_ID);
    o.object("configuration", configuration -> {});
    longType(o, "createdAt", CREATED_AT);
  }

  static void connection(LambdaDslObject o) {
    o.uuid("connectionId", CONNECTION_ID);
    o.stringType("name", "Stripe to Postgres");
    o.uuid("sourceId", SOURCE_ID);
    o.uuid("destinationId", DESTINATION_ID);
    o.uuid("workspaceId", WORKSPACE_ID);
    o.stringType("status", "active");
    o.object("schedule", schedule -> schedule.stringType("scheduleType", "manual"));
    o.object("configurations", configurations -> {});
    longType(o, "createdAt", CREATED_AT);
    o.minArrayLike("tags", 0, 1, Shapes::tag);
  }

  static void job(LambdaDslObject o) {
    longType(o, "jobId", JOB_ID);
    o.stringType("status", "running");
    o.stringType("jobType", "sync");
    o.stringType("startTime", TIMESTAMP);
    o.uuid("connectionId", CONNECTION_ID);
  }

  static void workspace(LambdaDslObject o) {
    o.uuid("workspaceId", WORKSPACE_ID);
    o.stringType("name", "Analytics");
    o.stringType("dataResidency", "auto");
    o.object("notifications", notifications -> {});
  }

  static void application(LambdaDslObject o) {
    o.stringType("id", Examples.APPLICATION_ID);
    o.stringType("name", "reporting");
    o.stringType("clientId", Examples.CLIENT_ID);
    o.stringType("clientSecret", Examples.CLIENT_SECRET);
    longType(o, "createdAt", 1717969830000L);
  }

  static void accessToken(LambdaDslObject o) {
    o.stringType("access_token", "eyJhbGciOiJSUzI1NiJ9.contract.test");
    o.stringType("token_type", "Bearer");
    longType(o, "expires_in", 180L);
  }

  static void declarativeDefinition(LambdaDslObject o) {
    o.uuid("id", DEFINITION_ID);
    o.stringType("name", "Custom API");
    o.object("manifest", manifest -> manifest.stringType("version", "6.5.0"));
    longType(o, "version", 1L);
  }

  static void connectorDefinition(LambdaDslObject o) {
    o.uuid("id", SOURCE_DEFINITION_ID);
    o.stringType("name", "Stripe");
    o.stringType("connectorDefinitionType", "source");
    o.stringType("version", "5.3.0");
  }

  static void permission(LambdaDslObject o) {
    o.uuid("permissionId", PERMISSION_ID);
    o.stringType("permissionType", "workspace_admin");
    o.uuid("userId", USER_ID);
    o.uuid("workspaceId", WORKSPACE_ID);
  }

  /** A permission as listed: with its scope instead of a workspace or organization id. */
  static void scopedPermission(LambdaDslObject o) {
    o.uuid("permissionId", PERMISSION_ID);
    o.stringType("permissionType", "workspace_admin");
    o.uuid("userId", USER_ID);
    o.uuid("scopeId", WORKSPACE_ID);
    o.stringType("scope", "workspace");
  }

  static void organization(LambdaDslObject o) {
    o.uuid("organizationId", ORGANIZATION_ID);
    o.stringType("organizationName", "Example Corp");
    o.stringType("email", "admin@example.com");
  }

  static void user(LambdaDslObject o) {
    o.stringType("name", "Jane Doe");
    o.uuid("id", USER_ID);
    o.stringType("email", "jane@example.com");
  }

  static void group(LambdaDslObject o) {
    o.uuid("groupId", GROUP_ID);
    o.stringType("name", "Data engineers");
    o.uuid("organizationId", ORGANIZATION_ID);
    longType(o, "memberCount", 1L);
  }

  static void groupMember(LambdaDslObject o) {
    o.uuid("memberId", Examples.MEMBER_ID);
    o.uuid("groupId", GROUP_ID);
    o.uuid("userId", USER_ID);
    o.stringType("userEmail", "jane@example.com");
    o.stringType("userName", "Jane Doe");
  }

  static void groupPermission(LambdaDslObject o) {
    o.uuid("permissionId", PERMISSION_ID);
    o.uuid("groupId", GROUP_ID);
    o.stringType("permissionType", "workspace_reader");
    o.uuid("workspaceId", WORKSPACE_ID);
  }

  static void tag(LambdaDslObject o) {
    o.uuid("tagId", TAG_ID);
    o.stringType("name", "finance");
    o.stringType("color", "FF5733");
    o.uuid("workspaceId", WORKSPACE_ID);
  }

  static void region(LambdaDslObject o) {
    o.uuid("regionId", REGION_ID);
    o.stringType("name", "eu-west");
    o.uuid("organizationId", ORGANIZATION_ID);
    o.booleanType("enabled", true);
    o.stringType("createdAt", TIMESTAMP);
    o.stringType("updatedAt", TIMESTAMP);
  }

  static void dataplane(LambdaDslObject o) {
    o.uuid("dataplaneId", DATAPLANE_ID);
    o.stringType("name", "eu-west-1");
    o.uuid("regionId", REGION_ID);
    o.booleanType("enabled", true);
    o.stringType("createdAt", TIMESTAMP);
    o.stringType("updatedAt", TIMESTAMP);
  }

  static void embeddedOrganization(LambdaDslObject o) {
    o.uuid("organizationId", ORGANIZATION_ID);
    o.stringType("organizationName", "Example Corp");
    o.stringType("permission", "organization_admin");
  }

  /** What the client reads of a stream; the spec requires none of its fields. */
  static void streamProperties(LambdaDslObject o) {
    o.stringType("streamName", "customers");
    o.eachLike("syncModes", PactDslJsonRootValue.stringType("full_refresh_overwrite"), 1);
  }

  /** A token for Airbyte Embedded. */
  static void token(LambdaDslObject o) {
    o.stringType("token", "eyJhbGciOiJIUzI1NiJ9.embedded.test");
  }
}
