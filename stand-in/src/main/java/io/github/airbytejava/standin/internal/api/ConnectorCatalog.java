package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectionSyncModeEnum;
import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.generated.model.DefinitionResponse;
import io.github.airbytejava.generated.model.StreamConfiguration;
import io.github.airbytejava.generated.model.StreamProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * The connectors every stand-in knows, and the streams each source "discovers". A small fixed
 * catalogue: enough to create sources and destinations by type name, list definitions and build
 * connections, without any registry.
 *
 * <p>The Postgres, Stripe and Google Ads definition ids are Airbyte's (the spec's examples and the
 * pacts use them); the Faker and /dev/null ids are the stand-in's own, derived from the name.
 *
 * <p>Each connector requires a few configuration keys, a subset of what its Airbyte specification
 * requires: never more, so that the stand-in refuses no configuration Airbyte would accept, and
 * enough to show a client what a refusal looks like. Each required key comes with an example value,
 * which seeding uses to complete a configuration.
 */
final class ConnectorCatalog {
  private static final List<ConnectionSyncModeEnum> SYNC_MODES =
      List.of(
          ConnectionSyncModeEnum.FULL_REFRESH_OVERWRITE,
          ConnectionSyncModeEnum.FULL_REFRESH_APPEND,
          ConnectionSyncModeEnum.INCREMENTAL_APPEND,
          ConnectionSyncModeEnum.INCREMENTAL_DEDUPED_HISTORY);

  private static final List<BuiltIn> BUILT_INS =
      List.of(
          // Airbyte also requires database and username; the CLI's tests create a Postgres source
          // with host and port only, so those two are all the stand-in asks for (see the README).
          new BuiltIn(
              UUID.fromString("decd338e-5647-4c0b-adf4-da0e75f5a750"),
              ConnectorType.SOURCE,
              "Postgres",
              "postgres",
              "3.6.30",
              required("host", "localhost", "port", 5432),
              false),
          new BuiltIn(
              standInId("source-faker"),
              ConnectorType.SOURCE,
              "Sample Data (Faker)",
              "faker",
              "6.2.20",
              Map.of(),
              false),
          new BuiltIn(
              UUID.fromString("e094cb9a-26de-4645-8761-65c0c425d1de"),
              ConnectorType.SOURCE,
              "Stripe",
              "stripe",
              "5.15.2",
              required("account_id", "acct_stand_in", "client_secret", "sk_test_stand_in"),
              false),
          // Its credentials come from the OAuth flow (the secretId of createSource), so none of its
          // keys can be required of the configuration itself.
          new BuiltIn(
              UUID.fromString("253487c0-2246-43ba-a21f-5116b20a2c50"),
              ConnectorType.SOURCE,
              "Google Ads",
              "google-ads",
              "3.8.2",
              Map.of(),
              true),
          new BuiltIn(
              UUID.fromString("25c5221d-dce2-4163-ade9-739ef790f503"),
              ConnectorType.DESTINATION,
              "Postgres",
              "postgres",
              "2.4.6",
              required(
                  "host", "localhost", "port", 5432, "database", "postgres", "username", "airbyte"),
              false),
          // Airbyte requires test_destination; the pinned "replace the configuration of a
          // destination" puts a Postgres configuration on a /dev/null destination, so none here.
          new BuiltIn(
              standInId("destination-dev-null"),
              ConnectorType.DESTINATION,
              "End-to-End Testing (/dev/null)",
              "dev-null",
              "0.7.18",
              Map.of(),
              false));

  private ConnectorCatalog() {}

  /** The built-in connectors of one type. */
  static List<BuiltIn> builtIns(ConnectorType type) {
    return BUILT_INS.stream().filter(connector -> connector.type == type).toList();
  }

  /** The built-in connector with this definition id, if any. */
  static Optional<BuiltIn> builtIn(ConnectorType type, UUID definitionId) {
    return builtIns(type).stream()
        .filter(connector -> connector.id.equals(definitionId))
        .findFirst();
  }

  /**
   * The built-in connector with this type name ({@code postgres}, {@code faker}), ignoring case.
   */
  static Optional<BuiltIn> builtIn(ConnectorType type, String typeName) {
    String wanted = typeName.toLowerCase(Locale.ROOT);
    return builtIns(type).stream()
        .filter(connector -> connector.typeName.equals(wanted))
        .findFirst();
  }

  /** The type names of the built-in connectors of one type, for problem details. */
  static List<String> typeNames(ConnectorType type) {
    return builtIns(type).stream().map(BuiltIn::typeName).toList();
  }

  /** The type names of the built-in sources that authorize through OAuth. */
  static List<String> oauthSourceTypes() {
    return builtIns(ConnectorType.SOURCE).stream()
        .filter(BuiltIn::oauth)
        .map(BuiltIn::typeName)
        .toList();
  }

  /**
   * The streams a source of this type discovers. Unknown (custom) types discover one generic
   * stream.
   */
  static List<StreamProperties> streams(String sourceType) {
    List<StreamProperties> result = new ArrayList<>();
    switch (sourceType) {
      case "postgres" -> {
        result.add(stream("customers", "public", List.of("id", "name", "email", "updated_at")));
        result.add(
            stream("orders", "public", List.of("id", "customer_id", "amount", "updated_at")));
      }
      case "faker" -> {
        result.add(stream("users", null, List.of("id", "name", "email", "updated_at")));
        result.add(stream("products", null, List.of("id", "make", "model", "price", "updated_at")));
        result.add(stream("purchases", null, List.of("id", "user_id", "product_id", "updated_at")));
      }
      case "stripe" -> {
        result.add(stream("customers", null, List.of("id", "email", "name", "updated_at")));
        result.add(stream("charges", null, List.of("id", "customer", "amount", "updated_at")));
        result.add(stream("invoices", null, List.of("id", "customer", "total", "updated_at")));
      }
      case "google-ads" -> {
        result.add(stream("campaigns", null, List.of("id", "name", "status", "updated_at")));
        result.add(stream("ad_groups", null, List.of("id", "campaign_id", "name", "updated_at")));
      }
      default -> result.add(stream("records", null, List.of("id", "data", "updated_at")));
    }
    return result;
  }

  /**
   * The configuration Airbyte gives a discovered stream when a connection is created without any.
   */
  static StreamConfiguration defaultConfiguration(StreamProperties stream) {
    return new StreamConfiguration()
        .name(stream.getStreamName())
        .namespace(stream.getStreamnamespace())
        .syncMode(ConnectionSyncModeEnum.FULL_REFRESH_OVERWRITE);
  }

  private static StreamProperties stream(
      String name, @Nullable String namespace, List<String> fields) {
    StreamProperties stream =
        new StreamProperties()
            .streamName(name)
            .syncModes(new ArrayList<>(SYNC_MODES))
            .streamnamespace(namespace)
            .defaultCursorField(new ArrayList<>(List.of("updated_at")))
            .sourceDefinedCursorField(false)
            .sourceDefinedPrimaryKey(new ArrayList<>(List.of(new ArrayList<>(List.of("id")))));
    List<List<String>> properties = new ArrayList<>();
    for (String field : fields) {
      properties.add(new ArrayList<>(List.of(field)));
    }
    return stream.propertyFields(properties);
  }

  /** Required keys with their example values, in pairs: {@code "host", "localhost", ...}. */
  private static Map<String, Object> required(Object... keysAndExamples) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (int i = 0; i < keysAndExamples.length; i += 2) {
      result.put((String) keysAndExamples[i], keysAndExamples[i + 1]);
    }
    return Collections.unmodifiableMap(result);
  }

  private static UUID standInId(String name) {
    return UUID.nameUUIDFromBytes(("airbyte-stand-in:" + name).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A built-in connector.
   *
   * @param id its definition id
   * @param type source or destination
   * @param name its display name
   * @param typeName what {@code sourceType} / {@code destinationType} says, e.g. {@code postgres}
   * @param version its image tag
   * @param requiredKeys the configuration keys it requires, in order, each with an example value
   * @param oauth whether it authorizes through OAuth ({@code initiateOAuth})
   */
  record BuiltIn(
      UUID id,
      ConnectorType type,
      String name,
      String typeName,
      String version,
      Map<String, Object> requiredKeys,
      boolean oauth) {
    /** The required keys that {@code configuration} lacks (or holds as null), in order. */
    List<String> missingKeys(Map<String, Object> configuration) {
      return requiredKeys.keySet().stream().filter(key -> configuration.get(key) == null).toList();
    }

    /** As a workspace's definition list shows it. */
    DefinitionResponse toDefinition() {
      String kind = type.getValue();
      return new DefinitionResponse()
          .id(id)
          .name(name)
          .dockerRepository("airbyte/" + kind + "-" + typeName)
          .dockerImageTag(version)
          .documentationUrl("https://docs.airbyte.com/integrations/" + kind + "s/" + typeName);
    }
  }
}
