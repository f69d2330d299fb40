package io.github.airbytejava.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The bodies the loopback server sends: shaped like Airbyte's, deterministic, built once.
 *
 * <p>A source is a Postgres source with the configuration Airbyte returns for it (secrets masked as
 * {@code **********}): host, port, database, username, password, SSL mode, CDC replication, an SSH
 * tunnel and schemas, about 1.2 KB of JSON each. They are built as Jackson trees rather than from
 * the generated models, so the server's bytes do not depend on the code under test.
 */
public final class Payloads {

  /** The base path the server answers under, as in Airbyte Cloud's {@code /v1}. */
  public static final String BASE_PATH = "/v1";

  /** The workspace every listed source belongs to. */
  public static final UUID WORKSPACE_ID = UUID.fromString("3f1c2d4e-8a7b-4c6d-9e0f-1a2b3c4d5e6f");

  /** The job {@code GET /jobs/{jobId}} answers with (any id is answered with this job). */
  public static final long JOB_ID = 18_472_113L;

  /**
   * An access token of the size Airbyte issues: a signed JWT of about 900 characters. Its length
   * matters, because the client checks every character of the token on every call.
   */
  public static final String ACCESS_TOKEN = jwtShapedToken();

  /** Airbyte's definition id of its Postgres source connector. */
  private static final String POSTGRES_DEFINITION_ID = "decd338e-5647-4c0b-adf4-da0e75f5a750";

  private static final String MASKED = "**********";

  private Payloads() {}

  /** A {@code GET /sources} response body with {@code size} sources and a {@code next} link. */
  public static byte[] sourcesPage(int size) {
    ObjectNode page = Json.MAPPER.createObjectNode();
    page.put(
        "next",
        "https://api.airbyte.com/v1/sources?workspaceIds="
            + WORKSPACE_ID
            + "&includeDeleted=false&limit="
            + size
            + "&offset="
            + size);
    ArrayNode data = page.putArray("data");
    for (int i = 0; i < size; i++) {
      data.add(postgresSource(i));
    }
    return bytes(page);
  }

  /** A {@code GET /jobs/{jobId}} response body: a finished sync. */
  public static byte[] job() {
    ObjectNode job = Json.MAPPER.createObjectNode();
    job.put("jobId", JOB_ID);
    job.put("status", "succeeded");
    job.put("jobType", "sync");
    job.put("startTime", "2025-03-14T02:00:04Z");
    job.put("connectionId", "9b1e6f0c-2d3a-4e5b-8c7d-6a5b4c3d2e1f");
    job.put("lastUpdatedAt", "2025-03-14T02:17:39Z");
    job.put("duration", "PT17M35S");
    job.put("bytesSynced", 4_718_592_331L);
    job.put("rowsSynced", 12_884_019L);
    return bytes(job);
  }

  /** A token endpoint response body issuing {@link #ACCESS_TOKEN} for {@code expiresIn} seconds. */
  public static byte[] token(long expiresIn) {
    ObjectNode token = Json.MAPPER.createObjectNode();
    token.put("access_token", ACCESS_TOKEN);
    token.put("token_type", "Bearer");
    token.put("expires_in", expiresIn);
    return bytes(token);
  }

  private static ObjectNode postgresSource(int i) {
    String n = String.format("%03d", i);
    ObjectNode source = Json.MAPPER.createObjectNode();
    source.put("sourceId", uuid("source-" + i).toString());
    source.put("name", "Postgres orders replica " + n);
    source.put("sourceType", "postgres");
    source.put("definitionId", POSTGRES_DEFINITION_ID);
    source.put("workspaceId", WORKSPACE_ID.toString());

    ObjectNode config = source.putObject("configuration");
    config.put("host", "orders-replica-" + n + ".db.internal.example.com");
    config.put("port", 5432);
    config.put("database", "orders");
    config.put("username", "airbyte_reader");
    config.put("password", MASKED);
    config.put("jdbc_url_params", "ApplicationName=airbyte&connectTimeout=30");
    ObjectNode ssl = config.putObject("ssl_mode");
    ssl.put("mode", "verify-full");
    ssl.put("ca_certificate", MASKED);
    ObjectNode replication = config.putObject("replication_method");
    replication.put("method", "CDC");
    replication.put("plugin", "pgoutput");
    replication.put("replication_slot", "airbyte_slot_" + n);
    replication.put("publication", "airbyte_publication");
    replication.put("initial_waiting_seconds", 1200);
    replication.put("queue_size", 10000);
    replication.put("lsn_commit_behaviour", "After loading Data in the destination");
    replication.put("invalid_cdc_cursor_position_behavior", "Fail sync");
    replication.put("initial_load_timeout_hours", 8);
    ObjectNode tunnel = config.putObject("tunnel_method");
    tunnel.put("tunnel_method", "SSH_KEY_AUTH");
    tunnel.put("tunnel_host", "bastion.eu-west-1.example.com");
    tunnel.put("tunnel_port", 22);
    tunnel.put("tunnel_user", "airbyte");
    tunnel.put("ssh_key", MASKED);
    ArrayNode schemas = config.putArray("schemas");
    schemas.add("public").add("sales").add("inventory").add("billing");

    source.put("createdAt", 1_718_000_000L + i * 3_600L);
    ObjectNode resources = source.putObject("resourceAllocation");
    ObjectNode defaults = resources.putObject("default");
    defaults.put("cpu_request", "0.5");
    defaults.put("cpu_limit", "2");
    defaults.put("memory_request", "1Gi");
    defaults.put("memory_limit", "4Gi");
    resources.putArray("jobSpecific");
    return source;
  }

  private static String jwtShapedToken() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header =
        "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"a1b2c3d4e5f60718293a4b5c6d7e8f90\"}";
    String claims =
        "{\"iss\":\"https://cloud.airbyte.com/auth/realms/_airbyte-application-clients\","
            + "\"sub\":\"c0ffee00-1234-4567-89ab-cdef01234567\",\"aud\":\"airbyte-server\","
            + "\"exp\":1741917600,\"iat\":1741917420,\"jti\":\"5d0f9a8e-7c6b-4a5d-9e8f-0a1b2c3d4e5f\","
            + "\"typ\":\"Bearer\",\"azp\":\"c0ffee00-1234-4567-89ab-cdef01234567\","
            + "\"scope\":\"openid email profile\",\"clientHost\":\"10.12.34.56\","
            + "\"user_id\":\"a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5d\","
            + "\"preferred_username\":\"service-account-c0ffee00-1234-4567-89ab-cdef01234567\"}";
    byte[] signature = new byte[256]; // an RSA-2048 signature's length; the content is irrelevant
    for (int i = 0; i < signature.length; i++) {
      signature[i] = (byte) (i * 31 + 7);
    }
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(signature);
  }

  /**
   * Created on first use, so that reading {@link #ACCESS_TOKEN} (the cold-start program) does not
   * start Jackson.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return Json.MAPPER.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("A tree of strings and numbers always serialises", e);
    }
  }
}
