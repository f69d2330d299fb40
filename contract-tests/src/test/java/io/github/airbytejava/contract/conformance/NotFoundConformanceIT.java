package io.github.airbytejava.contract.conformance;

import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the client's {@code AirbyteNotFoundException} relies on: reading a resource by an id the
 * provider does not know answers {@code 404} with a problem document the spec allows, for every
 * kind of resource that can be read by id.
 */
@Order(23)
class NotFoundConformanceIT extends ConformanceTest {

  /** Paths that read one resource; {@code {workspace}} is an existing workspace, the id is unknown. */
  static Stream<String> readByIdPaths() {
    return Stream.of("/sources/{id}", "/destinations/{id}", "/connections/{id}", "/workspaces/{id}", "/tags/{id}",
        "/permissions/{id}", "/groups/{id}", "/applications/{id}", "/regions/{id}", "/dataplanes/{id}",
        "/workspaces/{workspace}/definitions/sources/{id}", "/workspaces/{workspace}/definitions/destinations/{id}",
        "/workspaces/{workspace}/definitions/declarative_sources/{id}");
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("readByIdPaths")
  void readingAnUnknownIdAnswers404(String path) {
    withFixtures(fixtures -> {
      String unknown = UUID.randomUUID().toString();
      var request = api.request().pathParam("id", unknown);
      if (path.contains("{workspace}")) {
        request.pathParam("workspace", fixtures.workspace().toString());
      }
      request.get(path).then().statusCode(404).body("status", equalTo(404));
    });
  }

  @Test
  void readingAnUnknownJobAnswers404() {
    long farBeyondAnyJob = 9_000_000_000_000L;
    api.request().get("/jobs/{id}", farBeyondAnyJob).then().statusCode(404).body("status", equalTo(404));
  }
}
