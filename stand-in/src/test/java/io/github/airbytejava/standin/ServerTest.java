package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server itself: both path styles, parallel requests, closing, and refusing what cannot work.
 */
class ServerTest {

  @Test
  void servesTheCloudPathStyleFromTheSameState() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      UUID workspace = standIn.state().createWorkspace("Analytics");
      TestHttp cloud =
          new TestHttp(standIn.cloudBaseUrl(), standIn.clientId(), standIn.clientSecret());

      Exchange exchange = cloud.get("/workspaces/" + workspace);

      assertThat(standIn.cloudBaseUrl()).endsWith("/v1").doesNotContain("/api/public");
      assertThat(exchange.status()).isEqualTo(200);
      assertThat(exchange.json().get("name").asText()).isEqualTo("Analytics");
    }
  }

  @Test
  void pagingLinksFollowThePathStyleOfTheRequest() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      UUID workspace = standIn.state().createWorkspace("Analytics");
      standIn.state().createTag(workspace, "a", "FF0000");
      for (int i = 0; i < 3; i++) {
        standIn.state().createWorkspace("w" + i);
      }
      TestHttp cloud =
          new TestHttp(standIn.cloudBaseUrl(), standIn.clientId(), standIn.clientSecret());

      String next = cloud.get("/workspaces?limit=2").json().get("next").asText();

      assertThat(next).isEqualTo(standIn.cloudBaseUrl() + "/workspaces?limit=2&offset=2");
    }
  }

  @Test
  void servesParallelRequestsWithoutLosingAny() throws Exception {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      UUID workspace = standIn.state().createWorkspace("Analytics");
      TestHttp http = new TestHttp(standIn);
      http.login();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Exchange>> created = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String body =
              "{\"name\":\"tag-"
                  + i
                  + "\",\"color\":\"FF0000\",\"workspaceId\":\""
                  + workspace
                  + "\"}";
          created.add(pool.submit(() -> http.post("/tags", body)));
        }
        for (Future<Exchange> exchange : created) {
          assertThat(exchange.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(http.get("/tags?workspaceIds=" + workspace).json().get("data")).hasSize(40);
    }
  }

  @Test
  void closeStopsAnsweringAndCanBeCalledTwice() {
    AirbyteStandIn standIn = AirbyteStandIn.start();
    TestHttp http = new TestHttp(standIn);
    assertThat(http.send("GET", "/health", null, null, null).status()).isEqualTo(200);

    standIn.close();
    standIn.close();

    assertThatThrownBy(() -> http.send("GET", "/health", null, null, null))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aTakenPortIsRefusedWithAClearMessage() {
    try (AirbyteStandIn first = AirbyteStandIn.start()) {
      assertThatThrownBy(() -> AirbyteStandIn.builder().port(first.port()).start())
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(String.valueOf(first.port()));
    }
  }

  @Test
  void breakingAnOperationTheSpecDoesNotHaveIsRefused() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      assertThatThrownBy(() -> standIn.breakOperation("getSauce")).hasMessageContaining("getSauce");
    }
  }

  @Test
  void countsRequestsByOperation() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      TestHttp http = new TestHttp(standIn);
      http.get("/workspaces");
      http.get("/workspaces");
      http.send("GET", "/sources", null, null, null);

      assertThat(standIn.tokenRequests()).isEqualTo(1);
      assertThat(standIn.requestCount("listWorkspaces")).isEqualTo(2);
      assertThat(standIn.requestCount("listSources")).isEqualTo(1);
      assertThat(standIn.requestCount()).isEqualTo(4);
    }
  }

  @Test
  void canServeAnEffectiveSpecFromAFile() {
    try (AirbyteStandIn standIn = AirbyteStandIn.builder().spec(SpecCheck.specPath()).start()) {
      assertThat(standIn.servedOperations()).hasSize(92);
      assertThat(new TestHttp(standIn).get("/workspaces").status()).isEqualTo(200);
    }
  }
}
