package io.github.airbytejava.client;

/**
 * Fetches one page of a list operation: call the generated list method with the given {@code limit}
 * and {@code offset}. Used by {@link AirbyteClient#paginate(PageFetcher,
 * java.util.function.Function)}.
 *
 * <pre>{@code
 * PageFetcher<SourcesResponse> sources =
 *     (limit, offset) -> client.sources().listSources(workspaceIds, false, limit, offset);
 * }</pre>
 *
 * @param <P> the page type the generated method returns, such as {@code SourcesResponse}
 */
@FunctionalInterface
public interface PageFetcher<P> {

  /**
   * Fetches the page that starts at {@code offset}.
   *
   * @param limit the page size to request
   * @param offset how many items to skip
   * @return the page
   */
  P fetch(int limit, int offset);
}
