package io.github.airbytejava.generated;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import io.github.airbytejava.generated.invoker.ApiClient;
import io.github.airbytejava.generated.invoker.ApiResponseDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Builds generated interfaces that talk to a MockWebServer on loopback, configured as the real client is. */
final class LoopbackApi {

  static final ObjectMapper MAPPER = ApiClient.newObjectMapper();

  private LoopbackApi() {}

  static <T> T connect(Class<T> api, MockWebServer server) {
    return Feign.builder()
        .client(new Http2Client())
        .encoder(new JacksonEncoder(MAPPER))
        .decoder(new ApiResponseDecoder(MAPPER))
        .target(api, server.url("/v1").toString());
  }

  static MockResponse json(String resource) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(read(resource))
        .build();
  }

  static String read(String resource) {
    try (InputStream in = LoopbackApi.class.getResourceAsStream("/responses/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource /responses/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
