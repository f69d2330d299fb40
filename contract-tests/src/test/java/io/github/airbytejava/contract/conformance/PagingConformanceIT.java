package io.github.airbytejava.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.contract.provider.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the client's pagination relies on: walking a list with {@code limit} and {@code offset}
 * gives every item exactly once, in the same order as one large page, and a page that is followed
 * by more says so with {@code next}. Checked on every paged list whose items a test can create.
 */
@Order(22)
class PagingConformanceIT extends ConformanceTest {

  /** Items created per list: enough for two full pages of {@link #SMALL_PAGE} and a short one. */
  private static final int ITEMS = 5;
  private static final int SMALL_PAGE = 2;
  private static final int LARGE_PAGE = 100;

  /**
   * A paged list: its path, the field that identifies an item, and how to create {@link #ITEMS}
   * items in a scope of their own, returning the query parameters that list that scope.
   */
  record PagedList(String path, String idField, Function<Fixtures, Map<String, Object>> createItems) {
    @Override
    public String toString() {
      return "GET " + path;
    }
  }

  static Stream<PagedList> pagedLists() {
    return Stream.of(
        new PagedList("/workspaces", "workspaceId", fixtures ->
            Map.of("workspaceIds", times(fixtures::workspace))),
        new PagedList("/sources", "sourceId", fixtures -> {
          UUID workspace = fixtures.workspace();
          times(() -> fixtures.source(workspace));
          return Map.of("workspaceIds", workspace.toString());
        }),
        new PagedList("/destinations", "destinationId", fixtures -> {
          UUID workspace = fixtures.workspace();
          times(() -> fixtures.destination(workspace));
          return Map.of("workspaceIds", workspace.toString());
        }),
        new PagedList("/connections", "connectionId", fixtures -> {
          UUID workspace = fixtures.workspace();
          UUID source = fixtures.source(workspace);
          UUID destination = fixtures.destination(workspace);
          times(() -> fixtures.connection(source, destination));
          return Map.of("workspaceIds", workspace.toString());
        }),
        new PagedList("/jobs", "jobId", fixtures -> {
          Assumptions.assumeFalse(fixtures.provider().isRealAirbyte(),
              "Airbyte refuses a second sync of a connection while one runs, so a real Airbyte is not given "
                  + ITEMS + " jobs of one connection");
          UUID workspace = fixtures.workspace();
          UUID connection = fixtures.connection(fixtures.source(workspace), fixtures.destination(workspace));
          times(() -> fixtures.syncJob(connection));
          return Map.of("connectionId", connection.toString());
        }),
        new PagedList("/groups", "groupId", fixtures -> {
          times(fixtures::group);
          return Map.of("organizationId", fixtures.provider().organizationId().toString());
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagedLists")
  void pagingLosesAndRepeatsNoItem(PagedList list) {
    withFixtures(fixtures -> {
      Map<String, Object> scope = list.createItems().apply(fixtures);

      List<Page> smallPages = walk(list, scope, SMALL_PAGE);
      List<String> inSmallPages = smallPages.stream().flatMap(page -> page.ids().stream()).toList();
      List<String> inLargePages = walk(list, scope, LARGE_PAGE).stream().flatMap(page -> page.ids().stream()).toList();

      assertThat(inSmallPages).as("items of %s in pages of %d", list, SMALL_PAGE)
          .doesNotHaveDuplicates()
          .hasSizeGreaterThanOrEqualTo(ITEMS)
          .containsExactlyElementsOf(inLargePages);
      for (int i = 0; i < smallPages.size() - 1; i++) {
        if (!smallPages.get(i + 1).ids().isEmpty()) {
          assertThat(smallPages.get(i).next()).as("next of page %d of %s, which more items follow", i, list)
              .isNotBlank();
        }
      }
    });
  }

  /** One page: the ids of its items, in order, and its {@code next} link. */
  record Page(List<String> ids, String next) {}

  /** Every page from offset 0 on, up to and including the first page shorter than {@code limit}. */
  private static List<Page> walk(PagedList list, Map<String, Object> scope, int limit) {
    List<Page> pages = new ArrayList<>();
    for (int offset = 0; ; offset += limit) {
      RequestSpecification request = api.request().queryParam("limit", limit).queryParam("offset", offset);
      scope.forEach((name, value) -> {
        if (value instanceof Collection<?> values) {
          request.queryParam(name, values);
        } else {
          request.queryParam(name, value);
        }
      });
      JsonPath page = request.get(list.path()).then().statusCode(200).extract().jsonPath();
      List<String> ids = page.getList("data." + list.idField()).stream().map(String::valueOf).toList();
      pages.add(new Page(ids, page.getString("next")));
      if (ids.size() < limit) {
        return pages;
      }
    }
  }

  /** Calls {@code create} {@link #ITEMS} times; the ids, as text. */
  private static List<String> times(Supplier<?> create) {
    return IntStream.range(0, ITEMS).mapToObj(i -> String.valueOf(create.get())).toList();
  }
}
