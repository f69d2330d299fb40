package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.DATAPLANE_ID;
import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.REGION_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.DATAPLANE;
import static io.github.airbytejava.contract.consumer.States.ORGANIZATION;
import static io.github.airbytejava.contract.consumer.States.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.DataplaneCreateRequest;
import io.github.airbytejava.generated.model.DataplanePatchRequest;
import io.github.airbytejava.generated.model.DataplaneResponse;
import io.github.airbytejava.generated.model.RegionCreateRequest;
import io.github.airbytejava.generated.model.RegionPatchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dataplanes, and creating and updating the regions they run in (the spec puts those here). */
class DataplanesPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listDataplanes(PactDslWithProvider builder) {
    return respond(request(given(builder, DATAPLANE).uponReceiving("list the dataplanes of a region"), "GET",
                "/dataplanes")
                .queryParameterFromProviderState("regionIds", expression("regionId"), example("regionId")),
            200, list(Shapes::dataplane))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listDataplanes")
  void listsTheDataplanesOfARegion() {
    assertThat(client.dataplanes().listDataplanes(List.of(REGION_ID)).getData())
        .singleElement()
        .satisfies(DataplanesPactTest::assertEuWest1);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createDataplane(PactDslWithProvider builder) {
    return respond(request(given(builder, REGION).uponReceiving("create a dataplane in a region"), "POST",
                "/dataplanes", object(body -> {
                  body.valueFromProviderState("regionId", expression("regionId"), example("regionId"));
                  body.stringValue("name", "eu-west-1");
                })),
            200, object(created -> created.uuid("dataplaneId", DATAPLANE_ID)))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createDataplane")
  void createsADataplaneAndDecodesItsId() {
    DataplaneCreateRequest euWest1 = new DataplaneCreateRequest().regionId(REGION_ID).name("eu-west-1");

    assertThat(client.dataplanes().createDataplane(euWest1).getDataplaneId()).isEqualTo(DATAPLANE_ID);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getDataplane(PactDslWithProvider builder) {
    return respond(request(given(builder, DATAPLANE).uponReceiving("get a dataplane"),
                "GET", "/dataplanes/${dataplaneId}"),
            200, object(Shapes::dataplane))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getDataplane")
  void getsADataplaneById() {
    assertEuWest1(client.dataplanes().getDataplane(DATAPLANE_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateDataplane(PactDslWithProvider builder) {
    return respond(request(given(builder, DATAPLANE).uponReceiving("disable a dataplane"), "PATCH",
                "/dataplanes/${dataplaneId}", object(body -> body.booleanValue("enabled", false))),
            200, object(dataplane -> {
              Shapes.dataplane(dataplane);
              dataplane.booleanType("enabled", false);
            }))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateDataplane")
  void disablesADataplane() {
    DataplaneResponse disabled =
        client.dataplanes().updateDataplane(DATAPLANE_ID, new DataplanePatchRequest().enabled(false));

    assertThat(disabled.getDataplaneId()).isEqualTo(DATAPLANE_ID);
    assertThat(disabled.getEnabled()).isFalse();
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteDataplane(PactDslWithProvider builder) {
    return respond(request(given(builder, DATAPLANE).uponReceiving("delete a dataplane"), "DELETE",
                "/dataplanes/${dataplaneId}"),
            200, object(Shapes::dataplane))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteDataplane")
  void deletesADataplaneAndDecodesWhatWasDeleted() {
    assertEuWest1(client.dataplanes().deleteDataplane(DATAPLANE_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createRegion(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION).uponReceiving("create a region in an organization"), "POST",
                "/regions", object(body -> {
                  body.stringValue("name", "eu-west");
                  body.valueFromProviderState(
                      "organizationId", expression("organizationId"), example("organizationId"));
                })),
            200, object(Shapes::region))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createRegion")
  void createsARegionInAnOrganization() {
    RegionCreateRequest euWest = new RegionCreateRequest().name("eu-west").organizationId(ORGANIZATION_ID);

    RegionsPactTest.assertEuWest(client.dataplanes().createRegion(euWest));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateRegion(PactDslWithProvider builder) {
    return respond(request(given(builder, REGION).uponReceiving("rename a region"), "PATCH", "/regions/${regionId}",
                object(body -> body.stringValue("name", "eu-west"))),
            200, object(Shapes::region))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateRegion")
  void renamesARegion() {
    RegionsPactTest.assertEuWest(client.dataplanes().updateRegion(REGION_ID, new RegionPatchRequest().name("eu-west")));
  }

  private static void assertEuWest1(DataplaneResponse dataplane) {
    assertThat(dataplane.getDataplaneId()).isEqualTo(DATAPLANE_ID);
    assertThat(dataplane.getName()).isEqualTo("eu-west-1");
    assertThat(dataplane.getRegionId()).isEqualTo(REGION_ID);
    assertThat(dataplane.getEnabled()).isTrue();
    assertThat(dataplane.getCreatedAt()).isEqualTo(Shapes.TIMESTAMP);
    assertThat(dataplane.getUpdatedAt()).isEqualTo(Shapes.TIMESTAMP);
  }
}
