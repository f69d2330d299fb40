package io.github.airbytejava.client;

import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.SourcesResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaginationTest {

  private static final List<UUID> WORKSPACES = List.of(FakeAirbyte.SOURCE_UUID);

  @StartStop final MockWebServer server = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private AirbyteClient client;

  /** Serves {@code total} sources named s0, s1, ... honouring limit and offset. */
  private void serveSources(int total) {
    airbyte.api(request -> page(request, total));
  }

  private static MockResponse page(RecordedRequest request, int total) {
    int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
    int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
    String data =
        IntStream.range(offset, Math.min(total, offset + limit))
            .mapToObj(
                i -> "{\"sourceId\":\"" + FakeAirbyte.SOURCE_ID + "\",\"name\":\"s" + i + "\"}")
            .collect(Collectors.joining(","));
    return json(
        200,
        "{\"data\":["
            + data
            + "],\"next\":\"https://elsewhere.example.com/v1/sources?offset=999\"}");
  }

  @BeforeEach
  void start() {
    server.setDispatcher(airbyte);
    client =
        AirbyteClient.builder()
            .baseUrl(FakeAirbyte.baseUrl(server))
            .bearerToken("token-value")
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private Stream<SourceResponse> allSources(int pageSize) {
    return client.paginate(
        (limit, offset) -> client.sources().listSources(WORKSPACES, false, limit, offset),
        SourcesResponse::getData,
        pageSize);
  }

  private List<String> offsetsRequested() {
    return airbyte.apiRequestsSeen().stream()
        .map(r -> r.getUrl().queryParameter("offset"))
        .toList();
  }

  @Test
  void streamsEveryItemOfEveryPageInOrder() {
    serveSources(25);

    List<String> names = allSources(10).map(SourceResponse::getName).toList();

    assertThat(names).hasSize(25).startsWith("s0", "s1").endsWith("s24");
    assertThat(offsetsRequested()).containsExactly("0", "10", "20");
  }

  @Test
  void stopsAtAShortPageWithoutAskingForMore() {
    serveSources(25);
    allSources(10).forEach(source -> {});
    assertThat(airbyte.apiRequests).hasValue(3);
  }

  @Test
  void stopsAtTheEmptyPageWhenTheTotalIsAMultipleOfThePageSize() {
    serveSources(20);

    assertThat(allSources(10).count()).isEqualTo(20);
    assertThat(offsetsRequested()).containsExactly("0", "10", "20");
  }

  @Test
  void anEmptyListIsOneRequest() {
    serveSources(0);

    assertThat(allSources(10).count()).isZero();
    assertThat(airbyte.apiRequests).hasValue(1);
  }

  @Test
  void isLazyFetchingOnlyThePagesConsumed() {
    serveSources(1000);

    Stream<SourceResponse> stream = allSources(10);
    assertThat(airbyte.apiRequests).hasValue(0);
    assertThat(stream.limit(15).count()).isEqualTo(15);
    assertThat(airbyte.apiRequests).hasValue(2);
  }

  @Test
  void defaultPageSizeIsOneHundredAndNextLinksAreIgnored() {
    serveSources(150);

    assertThat(
            client
                .paginate(
                    (limit, offset) ->
                        client.sources().listSources(WORKSPACES, false, limit, offset),
                    SourcesResponse::getData)
                .count())
        .isEqualTo(150);
    assertThat(airbyte.apiRequestsSeen())
        .allSatisfy(
            r -> {
              assertThat(r.getUrl().queryParameter("limit")).isEqualTo("100");
              assertThat(r.getUrl().host()).isEqualTo(server.getHostName());
            });
    assertThat(airbyte.apiRequestsSeen())
        .extracting(r -> r.getUrl().queryParameterValues("workspaceIds"))
        .allSatisfy(ids -> assertThat(ids).containsExactly(FakeAirbyte.SOURCE_ID));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100})
  void acceptsPageSizesAtTheLimits(int pageSize) {
    serveSources(3);
    assertThat(allSources(pageSize).count()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101, -1})
  void rejectsPageSizesOutsideWhatAirbyteAccepts(int pageSize) {
    assertThatThrownBy(() -> allSources(pageSize))
        .isInstanceOf(AirbyteConfigurationException.class)
        .hasMessageContaining("1..100");
  }

  @Test
  void aServerThatIgnoresOffsetEndsWithAnErrorInsteadOfLoopingForever() {
    airbyte.api(request -> json(200, "{\"data\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"));

    assertThatThrownBy(() -> allSources(2).count())
        .isInstanceOf(AirbyteApiException.class)
        .hasMessageContaining("ignore the offset");
    assertThat(airbyte.apiRequests).hasValue(2);
  }

  @Test
  void errorsSurfaceFromTheStreamOperationThatNeededThePage() {
    serveSources(30);
    airbyte.enqueueApi(
        json(200, "{\"data\":[" + "{\"name\":\"x\"},".repeat(9) + "{\"name\":\"x\"}]}"),
        FakeAirbyte.problem(404, "Not Found", "workspace gone"));

    assertThatThrownBy(() -> allSources(10).count()).isInstanceOf(AirbyteNotFoundException.class);
  }
}
