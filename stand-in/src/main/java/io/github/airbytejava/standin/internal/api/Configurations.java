package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectorType;
import io.github.airbytejava.standin.internal.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Connector configurations: free-form JSON objects, read by Jackson as maps, checked against the
 * keys their built-in connector requires ({@link ConnectorCatalog}). Custom and declarative
 * connectors have no specification the stand-in could read, so any configuration suits them.
 */
final class Configurations {
  private Configurations() {}

  /** A copy of a configuration; an empty one for null. */
  static Map<String, Object> copy(@Nullable Object configuration) {
    Map<String, Object> result = new LinkedHashMap<>();
    if (configuration instanceof Map<?, ?> map) {
      map.forEach((key, value) -> result.put(String.valueOf(key), value));
    }
    return result;
  }

  /** PATCH semantics: the patch's top-level keys replace the current ones, the others stay. */
  static Map<String, Object> merge(@Nullable Object current, @Nullable Object patch) {
    Map<String, Object> result = copy(current);
    result.putAll(copy(patch));
    return result;
  }

  /**
   * A copy of a configuration (an empty one for null), checked with {@link #requireKeys}: what
   * create and replace store.
   */
  static Map<String, Object> checked(
      ConnectorType type, UUID definitionId, @Nullable Object configuration) {
    Map<String, Object> result = copy(configuration);
    requireKeys(type, definitionId, result);
    return result;
  }

  /**
   * What a PATCH stores: the {@link #merge merged} configuration, checked with {@link
   * #requireKeys}; null when the patch has no configuration, so the current one stays.
   */
  @Nullable
  static Map<String, Object> patched(
      ConnectorType type, UUID definitionId, @Nullable Object current, @Nullable Object patch) {
    if (patch == null) {
      return null;
    }
    Map<String, Object> result = merge(current, patch);
    requireKeys(type, definitionId, result);
    return result;
  }

  /**
   * Checks that a configuration has every key its connector requires, as Airbyte checks one against
   * the connector's specification on create, replace and update.
   *
   * @param definitionId the connector's definition; a custom or declarative one requires nothing
   * @throws ProblemException bad-request naming the missing keys
   */
  static void requireKeys(
      ConnectorType type, UUID definitionId, Map<String, Object> configuration) {
    ConnectorCatalog.builtIn(type, definitionId)
        .ifPresent(
            connector -> {
              List<String> missing = connector.missingKeys(configuration);
              if (!missing.isEmpty()) {
                throw ProblemException.badRequest(
                    "The configuration does not fit the "
                        + connector.name()
                        + " "
                        + type.getValue()
                        + " (definition "
                        + connector.id()
                        + "): it lacks the required "
                        + (missing.size() == 1 ? "key " : "keys ")
                        + String.join(", ", missing)
                        + ". It requires "
                        + String.join(", ", connector.requiredKeys().keySet())
                        + ".");
              }
            });
  }

  /**
   * A configuration for seeding: a copy of {@code configuration} with example values for the
   * required keys of the built-in connector {@code typeName} that it lacks, so that seeded records
   * are ones the API would have accepted. Unknown type names are left for the create to refuse.
   */
  static Map<String, Object> completed(
      ConnectorType type, String typeName, Map<String, Object> configuration) {
    Map<String, Object> result = copy(configuration);
    ConnectorCatalog.builtIn(type, typeName)
        .ifPresent(connector -> connector.requiredKeys().forEach(result::putIfAbsent));
    return result;
  }
}
