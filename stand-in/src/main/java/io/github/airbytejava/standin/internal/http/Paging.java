package io.github.airbytejava.standin.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.annotation.Nullable;

/**
 * Airbyte's offset paging: {@code limit} (default 20) and {@code offset} (default 0) query
 * parameters, and {@code next} / {@code previous} links that repeat the request's other parameters,
 * in Airbyte's form: {@code
 * https://host/api/public/v1/sources?includeDeleted=false&limit=5&offset=10}.
 *
 * <p>{@code next} is only given when there are more items (Airbyte gives it whenever a page is
 * full, which costs a client one empty page); {@code previous} whenever the offset is past the
 * start. A link that does not apply is left out of the response.
 */
public final class Paging {
  /** Airbyte's default page size. */
  public static final int DEFAULT_LIMIT = 20;

  private Paging() {}

  /** The page of {@code all} that the request's {@code limit} and {@code offset} select. */
  public static <T> Page<T> page(List<T> all, ApiRequest request) {
    int limit = request.queryInt("limit", DEFAULT_LIMIT);
    int offset = request.queryInt("offset", 0);
    // The validator has refused limits out of [1, 100] and negative offsets already; stay safe
    // without it.
    limit = Math.max(1, limit);
    offset = Math.max(0, offset);
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    String next = offset + limit < all.size() ? link(request, limit, offset + limit) : null;
    String previous = offset > 0 ? link(request, limit, Math.max(0, offset - limit)) : null;
    return new Page<>(List.copyOf(all.subList(from, to)), next, previous);
  }

  private static String link(ApiRequest request, int limit, int offset) {
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
      String name = parameter.getKey();
      if (name.equals("limit") || name.equals("offset")) {
        continue;
      }
      for (String value : parameter.getValue()) {
        query.add(encode(name) + "=" + encode(value));
      }
    }
    query.add("limit=" + limit);
    query.add("offset=" + offset);
    return request.linkBase() + request.path() + "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * One page.
   *
   * @param items the items on it
   * @param next the link to the next page, or null on the last
   * @param previous the link to the previous page, or null on the first
   * @param <T> the item type
   */
  public record Page<T>(List<T> items, @Nullable String next, @Nullable String previous) {}
}
