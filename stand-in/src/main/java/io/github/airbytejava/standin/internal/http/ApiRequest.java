package io.github.airbytejava.standin.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.airbytejava.standin.internal.Json;
import io.github.airbytejava.standin.internal.ProblemException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.annotation.Nullable;

/**
 * One request, matched to its operation: typed access to path and query parameters and to the body.
 * Anything that does not parse is a bad-request problem naming the parameter, so handlers can read
 * values without checks of their own (the spec validator has usually refused such requests
 * already).
 */
public final class ApiRequest {
  private final SpecOperation operation;
  private final String path;
  private final Map<String, String> pathParameters;
  private final Map<String, List<String>> query;
  @Nullable private final String contentType;
  private final byte[] body;
  private final String linkBase;
  @Nullable private JsonNode bodyTree;

  /**
   * A request. The maps and the body are kept, not copied: the dispatcher builds them for this
   * request alone and does not change them afterwards.
   *
   * @param operation the operation it was matched to
   * @param path its path relative to the API root, e.g. {@code /sources}
   * @param pathParameters decoded path parameters
   * @param query decoded query parameters in request order
   * @param contentType the Content-Type header, if any
   * @param body the raw body (empty when none)
   * @param linkBase the API root as the client reached it, e.g. {@code
   *     http://127.0.0.1:8000/api/public/v1}
   */
  public ApiRequest(
      SpecOperation operation,
      String path,
      Map<String, String> pathParameters,
      Map<String, List<String>> query,
      @Nullable String contentType,
      byte[] body,
      String linkBase) {
    this.operation = operation;
    this.path = path;
    this.pathParameters = pathParameters;
    this.query = Collections.unmodifiableMap(query);
    this.contentType = contentType;
    this.body = body;
    this.linkBase = linkBase;
  }

  /** Splits a raw query string ({@code a=1&b=2&b=3}) into decoded parameters, in order. */
  public static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return result;
  }

  /** The path relative to the API root, e.g. {@code /sources}. */
  public String path() {
    return path;
  }

  /**
   * The API root as the client reached it, for links: {@code http://host:port/api/public/v1} or
   * {@code .../v1}.
   */
  public String linkBase() {
    return linkBase;
  }

  /** All query parameters, decoded, in request order. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** A path parameter as text. */
  public String path(String name) {
    String value = pathParameters.get(name);
    if (value == null) {
      throw new IllegalStateException(operation.operationId() + " has no path parameter " + name);
    }
    return value;
  }

  /** A path parameter that must be a UUID. */
  public UUID pathUuid(String name) {
    return uuid(name, path(name));
  }

  /** A path parameter that must be a whole number. */
  public long pathLong(String name) {
    String value = path(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(
          "Path parameter '" + name + "' must be a whole number, got '" + value + "'.");
    }
  }

  /** The first value of a query parameter, if present and not blank. */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(values.get(0));
  }

  /**
   * Every value of an array query parameter. Accepts the spec's style ({@code ids=a&ids=b}) and the
   * comma-separated one ({@code ids=a,b}) that Airbyte also reads.
   */
  public List<String> queryAll(String name) {
    List<String> result = new ArrayList<>();
    for (String value : query.getOrDefault(name, List.of())) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
  }

  /** An optional UUID query parameter. */
  public Optional<UUID> queryUuid(String name) {
    return query(name).map(value -> uuid(name, value));
  }

  /** A required UUID query parameter. */
  public UUID requiredQueryUuid(String name) {
    return queryUuid(name)
        .orElseThrow(
            () -> ProblemException.badRequest("Query parameter '" + name + "' is required."));
  }

  /** Every value of an array-of-UUID query parameter. */
  public List<UUID> queryUuids(String name) {
    List<UUID> result = new ArrayList<>();
    for (String value : queryAll(name)) {
      result.add(uuid(name, value));
    }
    return result;
  }

  /**
   * An optional id-list filter: accepts the ids of an array-of-UUID query parameter, or every id
   * when the parameter is absent or empty. The parameter is read now, so a malformed id is refused
   * before the handler goes on.
   */
  public Predicate<UUID> uuidFilter(String name) {
    Set<UUID> ids = Set.copyOf(queryUuids(name));
    return ids.isEmpty() ? id -> true : ids::contains;
  }

  /** A boolean query parameter, or the default when absent. */
  public boolean queryBoolean(String name, boolean defaultValue) {
    Optional<String> value = query(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String text = value.get().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw ProblemException.badRequest(
          "Query parameter '" + name + "' must be true or false, got '" + value.get() + "'.");
    }
    return Boolean.parseBoolean(text);
  }

  /** A whole-number query parameter, or the default when absent. */
  public int queryInt(String name, int defaultValue) {
    Optional<String> value = query(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(
          "Query parameter '" + name + "' must be a whole number, got '" + value.get() + "'.");
    }
  }

  /** An optional RFC 3339 date-time query parameter. */
  public Optional<OffsetDateTime> queryDateTime(String name) {
    return query(name)
        .map(
            value -> {
              try {
                return OffsetDateTime.parse(value);
              } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(
                    "Query parameter '"
                        + name
                        + "' must be an RFC 3339 date-time such as "
                        + "2024-05-01T12:00:00Z, got '"
                        + value
                        + "'.");
              }
            });
  }

  /** The JSON body as one of the generated request models. */
  public <T> T body(Class<T> type) {
    try {
      return Json.mapper().treeToValue(bodyTree(), type);
    } catch (JsonProcessingException e) {
      throw ProblemException.badRequest(
          "The body does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
  }

  /** The JSON body as a tree; a missing node when there is no body. */
  public JsonNode bodyTree() {
    if (bodyTree == null) {
      if (body.length == 0) {
        bodyTree = MissingNode.getInstance();
      } else {
        try {
          bodyTree = Json.mapper().readTree(body);
        } catch (IOException e) {
          throw ProblemException.badRequest("The body is not valid JSON: " + e.getMessage());
        }
      }
    }
    return bodyTree;
  }

  /**
   * Whether the JSON body has this top-level field (set, even to null): what PATCH semantics turn
   * on.
   */
  public boolean bodyHas(String field) {
    return bodyTree().has(field);
  }

  /** Whether the body is a form ({@code application/x-www-form-urlencoded}) rather than JSON. */
  public boolean isForm() {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** A form body as decoded fields (first value of each). */
  public Map<String, String> formBody() {
    Map<String, String> result = new LinkedHashMap<>();
    parseQuery(new String(body, StandardCharsets.UTF_8))
        .forEach((name, values) -> result.put(name, values.get(0)));
    return result;
  }

  private static UUID uuid(String name, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("'" + name + "' must be a UUID, got '" + value + "'.");
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
