package io.github.airbytejava.contract.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import io.github.airbytejava.contract.provider.Fixtures;
import io.github.airbytejava.contract.provider.ProviderUnderTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite's spec validation is not vacuous: a response of the wrong shape fails the
 * call. Always against a stand-in of its own, which can be broken on purpose.
 */
@Order(24)
class BrokenStandInFailsConformanceIT {

  private static ProviderUnderTest standIn;
  private static ConformanceApi api;

  @BeforeAll
  static void startStandIn() {
    standIn = ProviderUnderTest.startStandIn();
    api = new ConformanceApi(standIn);
  }

  @AfterAll
  static void stopStandIn() {
    standIn.close();
  }

  @Test
  void aResponseOfTheWrongShapeFailsTheCall() {
    Fixtures fixtures = new Fixtures(standIn);
    UUID workspace = fixtures.workspace();
    api.request().get("/workspaces/{id}", workspace).then().statusCode(200);

    standIn.standIn().orElseThrow().breakOperation("getWorkspace");
    try {
      assertThatThrownBy(() -> api.request().get("/workspaces/{id}", workspace))
          .isInstanceOf(OpenApiValidationException.class)
          .hasMessageContaining("workspaceId");
    } finally {
      standIn.standIn().orElseThrow().repairOperations();
      fixtures.cleanUp();
    }
  }

  @Test
  void aRequestTheSpecRefusesFailsTheCall() {
    assertThatThrownBy(() -> api.request().queryParam("limit", 1000).get("/workspaces"))
        .isInstanceOf(OpenApiValidationException.class)
        .hasMessageContaining("limit");
  }
}
