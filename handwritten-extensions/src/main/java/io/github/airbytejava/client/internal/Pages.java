package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.client.PageFetcher;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over every item of an offset-paginated list operation.
 *
 * <p>Pages are fetched only as the stream is consumed, {@code limit} items at a time at offsets 0,
 * n, 2n... The stream ends after a page with fewer items than requested, or an empty page (which is
 * what a request at offset = total count returns). It never follows the {@code next} links in
 * responses, so credentials only ever go to the base URL.
 */
public final class Pages {

  /** Airbyte's list operations accept a limit of 1 to 100. */
  public static final int MAX_PAGE_SIZE = 100;

  private Pages() {}

  /**
   * The stream.
   *
   * @throws AirbyteConfigurationException if {@code pageSize} is outside 1..100
   */
  public static <P, T> Stream<T> stream(
      PageFetcher<P> fetcher, Function<? super P, ? extends List<T>> items, int pageSize) {
    if (fetcher == null || items == null) {
      throw new AirbyteConfigurationException(
          "paginate(fetcher, items) needs both: e.g. paginate((limit, offset) -> client.sources().listSources(ids,"
              + " false, limit, offset), SourcesResponse::getData).");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      // A larger limit would be cut to 100 by the server, and the short page mistaken for the last.
      throw new AirbyteConfigurationException(
          "The page size "
              + pageSize
              + " is outside 1.."
              + MAX_PAGE_SIZE
              + ", the limits Airbyte's list operations accept.");
    }
    return StreamSupport.stream(new PageSpliterator<>(fetcher, items, pageSize), false);
  }

  private static final class PageSpliterator<P, T> extends Spliterators.AbstractSpliterator<T> {
    private final PageFetcher<P> fetcher;
    private final Function<? super P, ? extends List<T>> items;
    private final int pageSize;
    private int offset;
    private boolean lastPageSeen;
    private List<T> previousPage = List.of();
    private Iterator<T> current = Collections.emptyIterator();

    PageSpliterator(
        PageFetcher<P> fetcher, Function<? super P, ? extends List<T>> items, int pageSize) {
      super(Long.MAX_VALUE, Spliterator.ORDERED);
      this.fetcher = fetcher;
      this.items = items;
      this.pageSize = pageSize;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (!current.hasNext()) {
        if (lastPageSeen) {
          return false;
        }
        fetchNextPage();
      }
      action.accept(current.next());
      return true;
    }

    private void fetchNextPage() {
      P page = fetcher.fetch(pageSize, offset);
      List<T> pageItems = page == null ? null : items.apply(page);
      if (pageItems == null) {
        pageItems = List.of();
      }
      if (!pageItems.isEmpty() && pageItems.equals(previousPage)) {
        // A server that ignores offset would otherwise make this stream endless.
        throw new AirbyteApiException(
            "The page at offset "
                + offset
                + " repeats the previous page: the server seems to ignore the offset"
                + " parameter, so pagination stops here instead of looping.",
            AirbyteErrorDetails.none(),
            null);
      }
      lastPageSeen = pageItems.size() < pageSize;
      offset += pageItems.size();
      previousPage = pageItems;
      current = pageItems.iterator();
    }

    @Override
    public String toString() {
      return "PageSpliterator{offset="
          + offset
          + ", pageSize="
          + pageSize
          + ", done="
          + lastPageSeen
          + "}";
    }
  }
}
