package io.github.airbytejava.client;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The problem document Airbyte sends with an error response ({@code type}, {@code title}, {@code
 * detail}, {@code status} and any further members), as found in {@link
 * AirbyteApiException#problem()}.
 *
 * <p>Airbyte's errors follow the shape of RFC 9457 ("problem details"), but not always its media
 * type, so the client reads any JSON object body that has at least one of the four standard
 * members.
 */
public final class AirbyteProblem implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final String title;
  private final String detail;
  private final Integer status;
  private final Map<String, Object> members;

  /**
   * A problem document.
   *
   * @param members every member of the JSON object, in the order received; the four standard
   *     members are read from it
   */
  public AirbyteProblem(Map<String, Object> members) {
    Map<String, Object> copy = new LinkedHashMap<>(Objects.requireNonNull(members, "members"));
    this.members = Collections.unmodifiableMap(copy);
    this.type = stringMember(copy, "type");
    this.title = stringMember(copy, "title");
    this.detail = stringMember(copy, "detail");
    Object rawStatus = copy.get("status");
    this.status = rawStatus instanceof Number ? ((Number) rawStatus).intValue() : null;
  }

  private static String stringMember(Map<String, Object> members, String name) {
    Object value = members.get(name);
    return value == null ? null : value.toString();
  }

  /** A URI that identifies the kind of problem, for example a link into Airbyte's reference. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** A short summary of the kind of problem. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** What went wrong with this particular request. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** The HTTP status the server put in the document (normally the response status). */
  public Optional<Integer> status() {
    return Optional.ofNullable(status);
  }

  /** All members of the document, including non-standard ones such as {@code documentationUrl}. */
  public Map<String, Object> members() {
    return members;
  }

  /** {@code title: detail}, or whichever of the two is present; empty when neither is. */
  public String summary() {
    if (title != null && detail != null && !detail.equals(title)) {
      return title + ": " + detail;
    }
    return title != null ? title : (detail != null ? detail : "");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AirbyteProblem && members.equals(((AirbyteProblem) other).members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "AirbyteProblem" + members;
  }
}
