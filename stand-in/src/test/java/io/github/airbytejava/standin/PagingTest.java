package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Airbyte's offset paging, followed the way a client follows it: by the next links. */
class PagingTest {
  /** One stand-in for the class, reset by the extension before each test. */
  @RegisterExtension static final AirbyteStandInExtension STAND_IN = new AirbyteStandInExtension();

  private AirbyteStandIn standIn;
  private TestHttp http;
  private UUID workspace;
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void seed() {
    standIn = STAND_IN.standIn();
    http = new TestHttp(standIn);
    workspace = standIn.state().createWorkspace("Analytics");
    UUID other = standIn.state().createWorkspace("Elsewhere");
    for (int i = 0; i < 23; i++) {
      created.add(standIn.state().createSource(workspace, "source-" + i, "faker").toString());
      standIn.state().createSource(other, "other-" + i, "faker");
    }
  }

  @Test
  void followingNextLinksReturnsEveryItemOnceInOrder() {
    List<String> seen = new ArrayList<>();
    int pages = 0;
    String path = "/sources?workspaceIds=" + workspace + "&limit=5";
    while (path != null) {
      Exchange page = http.get(path);
      assertThat(page.status()).as("%s", page).isEqualTo(200);
      assertThat(SpecCheck.validate(page).hasErrors()).as("%s", page).isFalse();
      page.json().get("data").forEach(source -> seen.add(source.get("sourceId").asText()));
      pages++;
      path = relative(page.json().get("next"));
    }

    assertThat(seen).containsExactlyElementsOf(created);
    assertThat(pages).isEqualTo(5);
  }

  @Test
  void linksAreInAirbytesFormAndKeepTheFilters() {
    JsonNode page = http.get("/sources?workspaceIds=" + workspace + "&limit=5&offset=10").json();

    assertThat(page.get("next").asText())
        .isEqualTo(standIn.baseUrl() + "/sources?workspaceIds=" + workspace + "&limit=5&offset=15");
    assertThat(page.get("previous").asText())
        .isEqualTo(standIn.baseUrl() + "/sources?workspaceIds=" + workspace + "&limit=5&offset=5");
  }

  @Test
  void theFirstPageHasNoPreviousAndTheLastNoNext() {
    JsonNode first = http.get("/sources?workspaceIds=" + workspace + "&limit=20").json();
    JsonNode last = http.get("/sources?workspaceIds=" + workspace + "&limit=20&offset=20").json();

    assertThat(first.has("previous")).isFalse();
    assertThat(first.get("data")).hasSize(20);
    assertThat(last.has("next")).isFalse();
    assertThat(last.get("data")).hasSize(3);
  }

  @Test
  void anOffsetPastTheEndGivesAnEmptyPage() {
    JsonNode page = http.get("/sources?workspaceIds=" + workspace + "&offset=500").json();

    assertThat(page.get("data")).isEmpty();
    assertThat(page.has("next")).isFalse();
  }

  @Test
  void theDefaultPageHoldsTwenty() {
    assertThat(http.get("/sources").json().get("data")).hasSize(20);
  }

  @Test
  void aLimitAboveTheSpecsMaximumGets400() {
    Exchange exchange = http.get("/sources?limit=101");

    assertThat(exchange.status()).isEqualTo(400);
    assertThat(exchange.json().get("detail").asText()).contains("limit");
  }

  @Test
  void deletedItemsAreOnlyListedWhenAskedFor() {
    http.delete("/sources/" + created.get(0));

    JsonNode live = http.get("/sources?workspaceIds=" + workspace + "&limit=100").json();
    JsonNode all =
        http.get("/sources?workspaceIds=" + workspace + "&limit=100&includeDeleted=true").json();

    assertThat(live.get("data")).hasSize(22);
    assertThat(all.get("data")).hasSize(23);
  }

  /**
   * The path and query of a next link, relative to the base URL; null when there is no next page.
   */
  private String relative(JsonNode link) {
    if (link == null || link.asText().isEmpty()) {
      return null;
    }
    assertThat(link.asText()).startsWith(standIn.baseUrl());
    return link.asText().substring(standIn.baseUrl().length());
  }
}
