package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.REGION_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.RegionResponse;
import org.junit.jupiter.api.Test;

/** Reading and deleting regions; creating and updating them is in the Dataplanes group. */
class RegionsPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listRegions(PactDslWithProvider builder) {
    return respond(request(given(builder, REGION).uponReceiving("list the regions of an organization"), "GET",
                "/regions")
                .queryParameterFromProviderState(
                    "organizationId", expression("organizationId"), example("organizationId")),
            200, list(Shapes::region))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listRegions")
  void listsTheRegionsOfAnOrganization() {
    assertThat(client.regions().listRegions(ORGANIZATION_ID).getData())
        .singleElement()
        .satisfies(RegionsPactTest::assertEuWest);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getRegion(PactDslWithProvider builder) {
    return respond(request(given(builder, REGION).uponReceiving("get a region"), "GET", "/regions/${regionId}"),
            200, object(Shapes::region))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getRegion")
  void getsARegionById() {
    assertEuWest(client.regions().getRegion(REGION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteRegion(PactDslWithProvider builder) {
    return respond(request(given(builder, REGION).uponReceiving("delete a region"), "DELETE", "/regions/${regionId}"),
            200, object(Shapes::region))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteRegion")
  void deletesARegionAndDecodesWhatWasDeleted() {
    assertEuWest(client.regions().deleteRegion(REGION_ID));
  }

  static void assertEuWest(RegionResponse region) {
    assertThat(region.getRegionId()).isEqualTo(REGION_ID);
    assertThat(region.getName()).isEqualTo("eu-west");
    assertThat(region.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
    assertThat(region.getEnabled()).isTrue();
    assertThat(region.getCreatedAt()).isEqualTo(Shapes.TIMESTAMP);
    assertThat(region.getUpdatedAt()).isEqualTo(Shapes.TIMESTAMP);
  }
}
