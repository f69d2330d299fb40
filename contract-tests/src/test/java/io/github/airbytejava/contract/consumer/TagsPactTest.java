package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.TAG_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.TAG;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.TagCreateRequest;
import io.github.airbytejava.generated.model.TagPatchRequest;
import io.github.airbytejava.generated.model.TagResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listTags(PactDslWithProvider builder) {
    return respond(request(given(builder, TAG).uponReceiving("list the tags of a workspace"), "GET", "/tags")
                .queryParameterFromProviderState("workspaceIds", expression("workspaceId"), example("workspaceId")),
            200, list(Shapes::tag))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listTags")
  void listsTheTagsOfAWorkspace() {
    assertThat(client.tags().listTags(List.of(WORKSPACE_ID)).getData())
        .singleElement()
        .satisfies(TagsPactTest::assertFinanceTag);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createTag(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE).uponReceiving("create a tag"), "POST", "/tags",
                object(body -> {
                  body.stringValue("name", "finance");
                  body.stringValue("color", "FF5733");
                  body.valueFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId"));
                })),
            200, object(Shapes::tag))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createTag")
  void createsATagInAWorkspace() {
    TagCreateRequest finance = new TagCreateRequest().name("finance").color("FF5733").workspaceId(WORKSPACE_ID);

    assertFinanceTag(client.tags().createTag(finance));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getTag(PactDslWithProvider builder) {
    return respond(request(given(builder, TAG).uponReceiving("get a tag"), "GET", "/tags/${tagId}"),
            200, object(Shapes::tag))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getTag")
  void getsATagById() {
    assertFinanceTag(client.tags().getTag(TAG_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateTag(PactDslWithProvider builder) {
    return respond(request(given(builder, TAG).uponReceiving("recolour a tag"), "PATCH", "/tags/${tagId}",
                object(body -> body.stringValue("name", "finance").stringValue("color", "00A86B"))),
            200, object(Shapes::tag))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateTag")
  void recoloursATag() {
    assertFinanceTag(client.tags().updateTag(TAG_ID, new TagPatchRequest().name("finance").color("00A86B")));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteTag(PactDslWithProvider builder) {
    return respond(request(given(builder, TAG).uponReceiving("delete a tag"), "DELETE", "/tags/${tagId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteTag")
  void deletesATag() {
    assertThatNoException().isThrownBy(() -> client.tags().deleteTag(TAG_ID));
  }

  private static void assertFinanceTag(TagResponse tag) {
    assertThat(tag.getTagId()).isEqualTo(TAG_ID);
    assertThat(tag.getName()).isEqualTo("finance");
    assertThat(tag.getColor()).isEqualTo("FF5733");
    assertThat(tag.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
  }
}
