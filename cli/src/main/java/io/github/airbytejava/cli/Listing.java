package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.PageFetcher;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --limit} for list commands: without it a list pages through everything with the client's
 * pagination helper; with it, one request for that many items.
 */
final class Listing {

  @Option(names = "--limit", paramLabel = "N", description = "Fetch at most N items with one request (1-100).")
  Integer limit;

  <P, T> List<T> fetch(AirbyteClient client, PageFetcher<P> fetcher, Function<? super P, ? extends List<T>> items) {
    if (limit != null && (limit < 1 || limit > AirbyteClient.DEFAULT_PAGE_SIZE)) {
      throw new AirbyteConfigurationException("--limit " + limit + " is outside 1.." + AirbyteClient.DEFAULT_PAGE_SIZE
          + "; leave it out to list everything.");
    }
    if (limit == null) {
      return client.paginate(fetcher, items).toList();
    }
    return List.copyOf(items.apply(fetcher.fetch(limit, 0)));
  }
}
