package io.github.airbytejava.specchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.airbytejava.spec.EffectiveSpecBuilder;
import io.github.airbytejava.spec.Provenance;
import io.github.airbytejava.spec.VendorSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays real history on a scratch copy of {@code openapi/}, step by step as {@code mvn -Pupdate-spec}
 * does (VendorSpec, then the effective spec, then the report): from the 2026-07-24 spec back to
 * 2025-10-29, forward again, and once more with the spec already vendored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecHistoryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final List<String> OAUTH_CREDENTIAL_DELETES =
      List.of("deleteOrganizationOAuthCredentials", "deleteWorkspaceOAuthCredentials");
  private static final List<String> CONFIG_TEMPLATE_OPERATIONS = List.of("createConfigTemplate",
      "createConnectionTemplate", "getConfigTemplate", "listConfigTemplates", "updateConfigTemplate");

  private Path upstream;
  private SpecChangeReport backward;
  private VendorSpec.Outcome backwardOutcome;
  private SpecChangeReport forward;
  private byte[] upstreamAfterForward;
  private String provenanceAfterForward;
  private SpecChangeReport again;
  private VendorSpec.Outcome againOutcome;

  @BeforeAll
  void replayHistory(@TempDir Path scratch) {
    Path openapi = TestFiles.openapiCopy(scratch.resolve("openapi"));
    upstream = openapi.resolve("upstream");

    backwardOutcome = takeIn(openapi, TestFiles.OLDER_SPEC);
    backward = report(openapi);
    takeIn(openapi, TestFiles.CURRENT_SPEC);
    forward = report(openapi);
    upstreamAfterForward = TestFiles.bytes(upstream.resolve("airbyte-api.yaml"));
    provenanceAfterForward = Provenance.read(upstream.resolve("provenance.properties")).get("sha256").orElseThrow();
    againOutcome = takeIn(openapi, TestFiles.CURRENT_SPEC);
    again = report(openapi);
  }

  private VendorSpec.Outcome takeIn(Path openapi, Path spec) {
    VendorSpec.Request request = new VendorSpec.Request(spec, openapi.resolve("upstream"), openapi.resolve("overlays"),
        baseline(openapi), Optional.empty(), Optional.empty(), TODAY);
    VendorSpec.Outcome outcome = VendorSpec.run(request, line -> {});
    Path vendored = openapi.resolve("upstream/airbyte-api.yaml");
    EffectiveSpecBuilder.write(EffectiveSpecBuilder.build(vendored, openapi.resolve("overlays")), effective(openapi));
    return outcome;
  }

  private static SpecChangeReport report(Path openapi) {
    return SpecChangeCommand.run(baseline(openapi), effective(openapi), TestFiles.PINS);
  }

  private static Path baseline(Path openapi) {
    return openapi.resolve("target/spec-change/old-effective.yaml");
  }

  private static Path effective(Path openapi) {
    return openapi.resolve("target/effective-spec/airbyte-api.yaml");
  }

  @Nested
  class ForwardFrom20251029To20260724 {

    @Test
    void namesThe13AddedOperations() {
      List<OperationRef> added = forward.changes().added();

      assertThat(added).hasSize(13);
      assertThat(added).filteredOn(op -> op.path().startsWith("/groups")).hasSize(11);
      assertThat(added).extracting(OperationRef::operationId)
          .contains("listGroups", "createGroup", "getGroup", "updateGroup", "deleteGroup", "addGroupMember",
              "removeGroupMember", "listGroupMembers", "listGroupPermissions", "createGroupPermission",
              "deleteGroupPermission")
          .containsAll(OAUTH_CREDENTIAL_DELETES);
      assertThat(added).contains(new OperationRef("deleteWorkspaceOAuthCredentials", "DELETE",
          "/workspaces/{workspaceId}/oauthCredentials/{actorType}/{name}"));
    }

    @Test
    void namesThe5RemovedConfigTemplateOperationsAsBreaking() {
      assertThat(forward.changes().removed()).hasSize(5)
          .allMatch(op -> op.path().startsWith("/config_templates"))
          .extracting(OperationRef::operationId).containsExactlyInAnyOrderElementsOf(CONFIG_TEMPLATE_OPERATIONS);
      assertThat(forward.breaking()).filteredOn(e -> e.change().kind() == ChangeKind.OPERATION_REMOVED).hasSize(5);
    }

    @Test
    void theNewJobStatusQueuedBreaksEveryJobResponseAndIsHarmlessInTheListFilter() {
      assertThat(forward.breaking())
          .filteredOn(kind(ChangeKind.RESPONSE_ENUM_VALUE_ADDED))
          .allMatch(e -> e.change().detail().equals("+ queued"))
          .extracting(e -> e.operation().operationId())
          .containsExactlyInAnyOrder("listJobs", "createJob", "getJob", "cancelJob");
      assertThat(forward.compatible())
          .filteredOn(kind(ChangeKind.REQUEST_ENUM_VALUE_ADDED))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.operation().operationId()).isEqualTo("listJobs");
            assertThat(e.change().where()).isEqualTo("query parameter status");
            assertThat(e.change().detail()).isEqualTo("+ queued");
          });
    }

    @Test
    void countsWhatItFound() {
      assertThat(forward.changes().changed()).hasSize(5);
      assertThat(forward.breaking()).hasSize(9);
      assertThat(forward.compatible()).hasSize(16);
      assertThat(forward.operationsBefore()).isEqualTo(84);
      assertThat(forward.operationsAfter()).isEqualTo(92);
    }

    @Test
    void breaksNoPinnedContract() {
      assertThat(forward.contracts().interactionsChecked()).isEqualTo(4);
      assertThat(forward.contracts().broken()).isEmpty();
      assertThat(forward.contractsBroken()).isFalse();
    }

    @Test
    void restoresTheVendoredFileByteForByte() {
      assertThat(upstreamAfterForward).isEqualTo(TestFiles.bytes(TestFiles.CURRENT_SPEC));
      assertThat(provenanceAfterForward).isEqualTo("8e04217c657308bd9c430a9c43806c555fbd817d7a3d69e0a38b8ce8202acdc9");
    }

    @Test
    void theMarkdownAndJsonReportsSayTheSame() {
      String markdown = MarkdownReport.render(forward);
      JsonNode json = JsonReport.toJson(forward);

      assertThat(markdown).contains("| operations added | 13 |", "| operations removed | 5 |",
          "`/config_templates/sources`",
          "enum value added to a response", "+ queued", "`deleteOrganizationOAuthCredentials`");
      assertThat(json.path("summary").path("operationsAdded").asInt()).isEqualTo(13);
      assertThat(json.path("summary").path("operationsRemoved").asInt()).isEqualTo(5);
      assertThat(json.path("summary").path("breakingChanges").asInt()).isEqualTo(9);
      assertThat(json.path("summary").path("compatibleChanges").asInt()).isEqualTo(16);
      assertThat(json.path("brokenContracts")).isEmpty();
      assertThat(json.path("breakingChanges").findValuesAsText("detail")).contains("+ queued");
    }
  }

  @Nested
  class BackwardFrom20260724To20251029 {

    @Test
    void theOverlaysAllStillMatchTheOlderSpec() {
      assertThat(backwardOutcome).isEqualTo(VendorSpec.Outcome.VENDORED);
    }

    @Test
    void seesTheSameOperationsTheOtherWayRound() {
      assertThat(backward.changes().removed()).hasSize(13)
          .extracting(OperationRef::operationId).containsAll(OAUTH_CREDENTIAL_DELETES);
      assertThat(backward.changes().added()).extracting(OperationRef::operationId)
          .containsExactlyInAnyOrderElementsOf(CONFIG_TEMPLATE_OPERATIONS);
    }

    @Test
    void losingTheJobStatusQueuedBreaksTheListFilter() {
      assertThat(backward.breaking()).filteredOn(kind(ChangeKind.REQUEST_ENUM_VALUE_REMOVED))
          .singleElement().satisfies(e -> assertThat(e.change().detail()).isEqualTo("- queued"));
      assertThat(backward.compatible()).filteredOn(kind(ChangeKind.RESPONSE_ENUM_VALUE_REMOVED)).hasSize(4);
    }

    @Test
    void breaksThePinnedQueuedJobAndGroupInteractionsWithTheValidatorsMessages() {
      assertThat(backward.contractsBroken()).isTrue();
      assertThat(backward.contracts().broken()).extracting(BrokenContract::interaction)
          .containsExactlyInAnyOrder("a job that is queued", "a group");
      assertThat(backward.contracts().broken()).filteredOn(c -> c.interaction().equals("a job that is queued"))
          .singleElement().satisfies(c -> {
            assertThat(c.request()).isEqualTo("GET /api/public/v1/jobs/42");
            assertThat(c.messages()).singleElement().asString()
                .startsWith("validation.response.body.schema.enum").contains("\"queued\"");
          });
      assertThat(backward.contracts().broken()).filteredOn(c -> c.interaction().equals("a group"))
          .singleElement().satisfies(c -> assertThat(c.messages()).singleElement().asString()
              .startsWith("validation.request.path.missing"));
    }
  }

  @Nested
  class SameSpecAgain {

    @Test
    void reportsNoChangeAndBreaksNothing() {
      assertThat(againOutcome).isEqualTo(VendorSpec.Outcome.ALREADY_VENDORED);
      assertThat(again.changes().none()).isTrue();
      assertThat(again.breaking()).isEmpty();
      assertThat(again.compatible()).isEmpty();
      assertThat(again.contractsBroken()).isFalse();
      assertThat(MarkdownReport.render(again)).contains("**No change**");
    }
  }

  private static Predicate<SpecChangeReport.Entry> kind(ChangeKind kind) {
    return e -> e.change().kind() == kind;
  }
}
