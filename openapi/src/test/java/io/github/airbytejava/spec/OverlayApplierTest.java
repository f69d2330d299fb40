package io.github.airbytejava.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayApplierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void updateMergesNestedObjectsAndReplacesScalars() throws Exception {
    ObjectNode spec = json("{'info':{'title':'a','version':'1'},'openapi':'3.1.0'}");

    apply(spec, "- target: $\n    description: d\n    update: {openapi: 3.0.3, info: {title: b}}");

    assertThat(spec).isEqualTo(json("{'info':{'title':'b','version':'1'},'openapi':'3.0.3'}"));
  }

  @Test
  void updateOnAnArrayAppends() throws Exception {
    ObjectNode spec = json("{'tags':['a']}");

    apply(spec, "- target: $.tags\n    description: d\n    update: b");

    assertThat(spec).isEqualTo(json("{'tags':['a','b']}"));
  }

  @Test
  void removeDeletesEveryMatch() throws Exception {
    ObjectNode spec = json("{'s':{'A':{'x-implements':'X','type':'object'},'B':{'x-implements':'X'}}}");

    apply(spec, "- target: $.s.*['x-implements']\n    description: d\n    remove: true");

    assertThat(spec).isEqualTo(json("{'s':{'A':{'type':'object'},'B':{}}}"));
  }

  @Test
  void filterTargetsUpdateEveryMatchingNodeAtAnyDepth() throws Exception {
    ObjectNode spec = json("{'a':{'format':'UUID'},'b':[{'format':'UUID'},{'format':'uuid'}]}");

    apply(spec, "- target: $..[?(@.format == 'UUID')]\n    description: d\n    update: {format: uuid}");

    assertThat(spec.toString()).doesNotContain("UUID");
  }

  @Test
  void actionsThatMatchNothingFailTogetherAndAreNamed() throws Exception {
    ObjectNode spec = json("{'paths':{}}");

    assertThatThrownBy(
            () ->
                apply(
                    spec,
                    "- target: $.paths['/gone']\n    description: Airbyte fixed this\n    remove: true\n"
                        + "  - target: $.paths\n    description: still fine\n    update: {}\n"
                        + "  - target: $.components.x\n    description: moved away\n    remove: true"))
        .isInstanceOf(UnmatchedOverlayActionsException.class)
        .hasMessageContaining("2 overlay action(s)")
        .hasMessageContaining("action #1 (target $.paths['/gone']): Airbyte fixed this")
        .hasMessageContaining("action #3 (target $.components.x): moved away")
        .satisfies(e -> assertThat(((UnmatchedOverlayActionsException) e).actions()).hasSize(2));
  }

  @Test
  void anActionWithoutDescriptionIsRejected() throws Exception {
    Path file = overlayFile("- target: $\n    update: {a: 1}");

    assertThatThrownBy(() -> Overlay.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action #1 needs a 'description'");
  }

  @Test
  void aMisspelledKeyIsRejectedRatherThanIgnored() throws Exception {
    Path file = overlayFile("- target: $\n    description: d\n    udpate: {a: 1}");

    assertThatThrownBy(() -> Overlay.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key 'udpate'");
  }

  @Test
  void anActionWithBothUpdateAndRemoveIsRejected() throws Exception {
    Path file = overlayFile("- target: $.a\n    description: d\n    update: {}\n    remove: true");

    assertThatThrownBy(() -> Overlay.read(file)).hasMessageContaining("exactly one of 'update' or 'remove: true'");
  }

  @Test
  void theRealOverlaysAllMatchTheVendoredSpecAndGiveTheSameBytesTwice() throws Exception {
    Path first = folder.resolve("first.yaml");
    Path second = folder.resolve("second.yaml");

    EffectiveSpecBuilder.write(EffectiveSpecBuilder.build(Path.of("upstream/airbyte-api.yaml"), Path.of("overlays")), first);
    EffectiveSpecBuilder.write(EffectiveSpecBuilder.build(Path.of("upstream/airbyte-api.yaml"), Path.of("overlays")), second);

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(Path.of("target/effective-spec/airbyte-api.yaml")));
  }

  @Test
  void everyRealOverlayActionCarriesADescription() {
    List<Overlay> overlays = EffectiveSpecBuilder.overlaysIn(Path.of("overlays"));

    assertThat(overlays).isNotEmpty();
    assertThat(overlays).flatMap(Overlay::actions).allSatisfy(a -> assertThat(a.description()).hasSizeGreaterThan(20));
  }

  private void apply(ObjectNode spec, String actions) throws IOException {
    new OverlayApplier().apply(spec, List.of(Overlay.read(overlayFile(actions))));
  }

  private Path overlayFile(String actions) throws IOException {
    Path file = Files.createTempFile(folder, "overlay", ".yaml");
    Files.writeString(file, "overlay: 1.0.0\ninfo:\n  title: test\n  version: 1.0.0\nactions:\n  " + actions + "\n");
    return file;
  }

  private static ObjectNode json(String singleQuoted) throws IOException {
    return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
  }
}
