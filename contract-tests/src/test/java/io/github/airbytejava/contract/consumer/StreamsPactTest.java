package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.SOURCE_ID;
import static io.github.airbytejava.contract.consumer.States.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreamsPactTest extends ConsumerPactTest {

  /** No destination given: the sync modes the source alone supports. */
  private static final UUID ANY_DESTINATION = null;

  /** {@code ignoreCache} left out: Airbyte may answer from its cached catalog. */
  private static final Boolean CACHED_CATALOG = null;

  @Pact(consumer = CONSUMER)
  V4Pact getStreamProperties(PactDslWithProvider builder) {
    return respond(request(given(builder, SOURCE).uponReceiving("get the streams of a source"), "GET", "/streams")
                .queryParameterFromProviderState("sourceId", expression("sourceId"), example("sourceId")),
            200, Shapes.array(Shapes::streamProperties))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getStreamProperties")
  void getsTheStreamsOfASourceWithTheirSyncModes() {
    assertThat(client.streams().getStreamProperties(SOURCE_ID, ANY_DESTINATION, CACHED_CATALOG))
        .first()
        .satisfies(stream -> {
          assertThat(stream.getStreamName()).isEqualTo("customers");
          assertThat(stream.getSyncModes()).extracting(Object::toString).containsExactly("full_refresh_overwrite");
        });
  }
}
