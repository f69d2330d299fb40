package io.github.airbytejava.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OperationTagsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void replacesTheThreeUpstreamTagsWithTheGroup() throws Exception {
    ObjectNode spec = json("{'paths':{'/s':{'parameters':[],'get':{'tags':['public_sources','public','Sources'],"
        + "'x-speakeasy-group':'Sources'}}},'tags':[{'name':'public'}]}");

    assertThat(OperationTags.tagByGroup(spec)).isEqualTo(1);

    assertThat(spec.at("/paths/~1s/get/tags")).isEqualTo(json("{'t':['Sources']}").get("t"));
    assertThat(spec.has("tags")).isFalse();
  }

  @Test
  void aGroupNobodyListedBecomesATagWithoutAnyEdit() throws Exception {
    ObjectNode spec = json("{'paths':{'/new':{'post':{'tags':['public'],'x-speakeasy-group':'BrandNew'}}}}");

    OperationTags.tagByGroup(spec);

    assertThat(spec.at("/paths/~1new/post/tags/0").asText()).isEqualTo("BrandNew");
  }

  @Test
  void anOperationWithoutAGroupFailsInsteadOfFallingIntoACatchAll() throws Exception {
    ObjectNode spec = json("{'paths':{'/x':{'delete':{'tags':['public']}}}}");

    assertThatThrownBy(() -> OperationTags.tagByGroup(spec))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DELETE /x");
  }

  private static ObjectNode json(String singleQuoted) throws Exception {
    return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
  }
}
