package io.github.airbytejava.specchange;

import static io.github.airbytejava.specchange.TinySpec.operation;
import static io.github.airbytejava.specchange.TinySpec.properties;
import static io.github.airbytejava.specchange.TinySpec.required;
import static io.github.airbytejava.specchange.TinySpec.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One kind of change at a time: is it found, where, and is it called breaking for the right reason. */
class SpecDiffTest {

  @TempDir Path folder;

  private SpecChanges diff(Consumer<ObjectNode> change) {
    return SpecDiff.between(TinySpec.base().writeTo(folder.resolve("old.yaml")),
        TinySpec.base().with(change).writeTo(folder.resolve("new.yaml")));
  }

  /** Each change as (operationId, kind, where, detail). */
  private static List<org.assertj.core.groups.Tuple> changes(SpecChanges changes) {
    return changes.changed().stream()
        .flatMap(op -> op.changes().stream()
            .map(c -> tuple(op.operation().operationId(), c.kind(), c.where(), c.detail())))
        .toList();
  }

  @Test
  void aNewRequiredRequestFieldBreaks() {
    SpecChanges changes = diff(spec -> {
      properties(spec, "ThingRequest").putObject("colour").put("type", "string");
      required(spec, "ThingRequest").add("colour");
    });

    assertThat(changes(changes)).containsExactly(
        tuple("createThing", ChangeKind.REQUEST_FIELD_ADDED_REQUIRED, "request body: colour", ""));
    assertThat(ChangeKind.REQUEST_FIELD_ADDED_REQUIRED.breaking()).isTrue();
  }

  @Test
  void aNewOptionalRequestFieldIsCompatible() {
    SpecChanges changes = diff(spec -> properties(spec, "ThingRequest").putObject("colour").put("type", "string"));

    assertThat(changes(changes)).containsExactly(
        tuple("createThing", ChangeKind.REQUEST_FIELD_ADDED_OPTIONAL, "request body: colour", ""));
    assertThat(changes.breakingCount()).isZero();
    assertThat(changes.compatibleCount()).isEqualTo(1);
  }

  @Test
  void aRemovedResponseFieldBreaksEveryOperationReturningIt() {
    SpecChanges changes = diff(spec -> properties(spec, "Thing").remove("size"));

    assertThat(changes(changes)).containsExactlyInAnyOrder(
        tuple("createThing", ChangeKind.RESPONSE_FIELD_REMOVED, "response 200: size", ""),
        tuple("getThing", ChangeKind.RESPONSE_FIELD_REMOVED, "response 200: size", ""));
  }

  @Test
  void aChangedTypeBreaksAndSaysFromWhatToWhat() {
    SpecChanges changes = diff(spec -> properties(spec, "Thing").putObject("size").put("type", "string"));

    assertThat(changes(changes))
        .contains(tuple("getThing", ChangeKind.TYPE_CHANGED, "response 200: size", "integer -> string"));
  }

  @Test
  void anEnumValueAddedBreaksResponsesButNotRequests() {
    SpecChanges changes = diff(spec -> schema(spec, "Status").withArray("enum").add("archived"));

    assertThat(changes(changes)).containsExactlyInAnyOrder(
        tuple("createThing", ChangeKind.REQUEST_ENUM_VALUE_ADDED, "request body: status", "+ archived"),
        tuple("createThing", ChangeKind.RESPONSE_ENUM_VALUE_ADDED, "response 200: status", "+ archived"),
        tuple("getThing", ChangeKind.RESPONSE_ENUM_VALUE_ADDED, "response 200: status", "+ archived"));
    assertThat(changes.breakingCount()).isEqualTo(2);
  }

  @Test
  void aResponseFieldThatMayNowBeMissingBreaks() {
    SpecChanges changes = diff(spec -> required(spec, "Thing").remove(1));

    assertThat(changes(changes)).contains(
        tuple("getThing", ChangeKind.RESPONSE_FIELD_NO_LONGER_REQUIRED, "response 200: status", ""));
  }

  @Test
  void parametersAddedRequiredBreakAndOptionalDoNot() {
    SpecChanges changes = diff(spec -> {
      ObjectNode get = operation(spec, "/things/{thingId}", "get");
      get.withArray("parameters").addObject().put("name", "expand").put("in", "query").put("required", true)
          .putObject("schema").put("type", "string");
      get.withArray("parameters").addObject().put("name", "fields").put("in", "query")
          .putObject("schema").put("type", "string");
    });

    assertThat(changes(changes)).containsExactlyInAnyOrder(
        tuple("getThing", ChangeKind.PARAMETER_ADDED_REQUIRED, "query parameter expand", ""),
        tuple("getThing", ChangeKind.PARAMETER_ADDED_OPTIONAL, "query parameter fields", ""));
  }

  @Test
  void operationsAddedAndRemovedAreNamedByOperationIdMethodAndPath() {
    SpecChanges changes = diff(spec -> {
      ObjectNode paths = (ObjectNode) spec.path("paths");
      paths.set("/widgets", paths.remove("/things"));
      operation(spec, "/widgets", "post").put("operationId", "createWidget");
    });

    assertThat(changes.added()).containsExactly(new OperationRef("createWidget", "POST", "/widgets"));
    assertThat(changes.removed()).containsExactly(new OperationRef("createThing", "POST", "/things"));
    assertThat(changes.breakingCount()).isEqualTo(1);
  }

  @Test
  void aNewGroupMovesTheOperationToAnotherGeneratedInterface() {
    SpecChanges changes = diff(spec -> operation(spec, "/things/{thingId}", "get").putArray("tags").add("Stuff"));

    assertThat(changes(changes)).containsExactly(
        tuple("getThing", ChangeKind.OPERATION_GROUP_CHANGED, "", "ThingsApi -> StuffApi"));
  }

  @Test
  void aRenamedOperationIdRenamesTheGeneratedMethod() {
    SpecChanges changes = diff(spec -> operation(spec, "/things/{thingId}", "get").put("operationId", "fetchThing"));

    assertThat(changes(changes)).containsExactly(
        tuple("fetchThing", ChangeKind.OPERATION_ID_CHANGED, "", "getThing -> fetchThing"));
  }

  @Test
  void aRemovedResponseStatusBreaksAsOpenapiDiffHasIt() {
    SpecChanges changes =
        diff(spec -> ((ObjectNode) operation(spec, "/things/{thingId}", "get").path("responses")).remove("404"));

    assertThat(changes(changes))
        .containsExactly(tuple("getThing", ChangeKind.RESPONSE_STATUS_REMOVED, "response 404", ""));
  }

  @Test
  void documentationIsNotAContractChange() {
    SpecChanges changes = diff(spec -> {
      schema(spec, "Thing").put("description", "A thing, now described.");
      operation(spec, "/things/{thingId}", "get").put("summary", "Get a thing");
    });

    assertThat(changes.none()).isTrue();
  }
}
