package io.github.airbytejava.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.HttpTransport;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.SourcesResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark's server and callers do what the benchmarks assume: every caller gets full pages of
 * realistic sources over kept-alive connections, and the token endpoint works for client
 * credentials. Fast: no benchmark runs here.
 */
class LoopbackServerTest {

  private LoopbackServer server;

  @BeforeEach
  void start() throws IOException {
    server = LoopbackServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void everyCallerGetsFullPages(Via via) {
    try (Caller caller = via.open(server.baseUrl())) {
      assertThat(caller.listSources(1)).isEqualTo(1);
      assertThat(caller.listSources(20)).isEqualTo(20);
      assertThat(caller.listSources(100)).isEqualTo(100);
    }
    assertThat(server.apiRequests()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Via.class)
  void eightThreadsShareACaller(Via via) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (Caller caller = via.open(server.baseUrl())) {
      List<Future<Integer>> pages = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        pages.add(threads.submit(() -> caller.listSources(20)));
      }
      for (Future<Integer> page : pages) {
        assertThat(page.get()).isEqualTo(20);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void sourcesCarryARealisticPostgresConfiguration() {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken(Payloads.ACCESS_TOKEN)
            .build()) {
      SourcesResponse page =
          client.sources().listSources(List.of(Payloads.WORKSPACE_ID), false, 20, 0);
      SourceResponse source = page.getData().get(7);
      assertThat(source.getSourceType()).isEqualTo("postgres");
      assertThat(source.getWorkspaceId()).isEqualTo(Payloads.WORKSPACE_ID);
      assertThat(page.getNext()).contains("offset=20");
      @SuppressWarnings("unchecked")
      Map<String, Object> config = (Map<String, Object>) source.getConfiguration();
      assertThat(config)
          .containsKeys(
              "host",
              "port",
              "database",
              "username",
              "password",
              "ssl_mode",
              "replication_method",
              "tunnel_method",
              "schemas")
          .containsEntry("password", "**********")
          .containsEntry("port", 5432);
    }
  }

  @Test
  void pagesAreAboutOnePointTwoKilobytesPerSource() throws IOException {
    byte[] page = Payloads.sourcesPage(100);
    assertThat(page.length / 100).isBetween(1_000, 1_500);
    JsonNode tree = new ObjectMapper().readTree(page);
    assertThat(tree.get("data")).hasSize(100);
  }

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void clientCredentialsFetchOneTokenFromTheServer(HttpTransport transport) {
    try (AirbyteClient client =
        AirbyteClient.builder()
            .baseUrl(server.baseUrl())
            .clientCredentials("id", "secret")
            .transport(transport)
            .build()) {
      client.jobs().getJob(Payloads.JOB_ID);
      client.jobs().getJob(Payloads.JOB_ID);
    }
    assertThat(server.tokenRequests()).isEqualTo(1);
  }

  @Test
  void answersPipelinedRequestsInOrderAndRefusesChunkedBodies() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /v1/jobs/1 HTTP/1.1\r\nHost: x\r\n\r\n"
                  + "GET /v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                  + "POST /v1/applications/token HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answers = new String(readAll(socket.getInputStream()), StandardCharsets.US_ASCII);
      assertThat(answers)
          .containsSubsequence("HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 411");
    }
  }

  private int port() {
    String url = server.baseUrl();
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.indexOf("/v1")));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    // The server closes the connection after the 411.
    return in.readAllBytes();
  }
}
