package io.github.airbytejava.specchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report as JSON, for tools. The layout is spelled out here rather than derived from the
 * Java types, so that renaming a class cannot silently change what a tool reads.
 *
 * <pre>
 * { "old": {"spec", "operations"}, "new": {...},
 *   "summary": {"changed", "operationsAdded", "operationsRemoved", "operationsChanged", "breakingChanges",
 *               "compatibleChanges", "pins", "pinnedPactFiles", "pinnedInteractionsChecked", "brokenContracts",
 *               "contractsAlreadyFailing"},
 *   "operationsAdded": [{"operationId", "method", "path"}], "operationsRemoved": [...],
 *   "operationsChanged": [{"operationId", "method", "path", "breaking", "changes": [change]}],
 *   "breakingChanges": [{"operationId", "method", "path", "kind", "reason", "where", "detail"}],
 *   "compatibleChanges": [...],
 *   "brokenContracts": [{"pact", "consumer", "interaction", "request", "messages": [...]}],
 *   "contractsAlreadyFailing": [...] }
 * </pre>
 */
public final class JsonReport {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The report as a JSON tree. */
  public static ObjectNode toJson(SpecChangeReport report) {
    SpecChanges changes = report.changes();
    ContractCheck contracts = report.contracts();
    ObjectNode root = JSON.createObjectNode();
    root.putObject("old").put("spec", report.before()).put("operations", report.operationsBefore());
    root.putObject("new").put("spec", report.after()).put("operations", report.operationsAfter());
    root.putObject("summary")
        .put("changed", !changes.none())
        .put("operationsAdded", changes.added().size())
        .put("operationsRemoved", changes.removed().size())
        .put("operationsChanged", changes.changed().size())
        .put("breakingChanges", report.breaking().size())
        .put("compatibleChanges", report.compatible().size())
        .put("pins", report.pins())
        .put("pinnedPactFiles", contracts.pactFiles())
        .put("pinnedInteractionsChecked", contracts.interactionsChecked())
        .put("brokenContracts", contracts.broken().size())
        .put("contractsAlreadyFailing", contracts.alreadyFailing().size());
    ArrayNode added = root.putArray("operationsAdded");
    changes.added().forEach(op -> operation(added.addObject(), op));
    ArrayNode removed = root.putArray("operationsRemoved");
    changes.removed().forEach(op -> operation(removed.addObject(), op));
    ArrayNode changed = root.putArray("operationsChanged");
    for (OperationChange operation : changes.changed()) {
      ObjectNode node = operation(changed.addObject(), operation.operation()).put("breaking", operation.breaking());
      ArrayNode list = node.putArray("changes");
      operation.changes().forEach(c -> change(list.addObject(), c).put("breaking", c.breaking()));
    }
    entries(root.putArray("breakingChanges"), report.breaking());
    entries(root.putArray("compatibleChanges"), report.compatible());
    contracts(root.putArray("brokenContracts"), contracts.broken());
    contracts(root.putArray("contractsAlreadyFailing"), contracts.alreadyFailing());
    return root;
  }

  /** Writes the report, creating parent folders. */
  public static void write(SpecChangeReport report, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(file.toFile(), toJson(report));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static void entries(ArrayNode array, List<SpecChangeReport.Entry> entries) {
    entries.forEach(e -> change(operation(array.addObject(), e.operation()), e.change()));
  }

  private static void contracts(ArrayNode array, List<BrokenContract> contracts) {
    for (BrokenContract contract : contracts) {
      ObjectNode node = array.addObject()
          .put("pact", contract.pact())
          .put("consumer", contract.consumer())
          .put("interaction", contract.interaction())
          .put("request", contract.request());
      ArrayNode messages = node.putArray("messages");
      contract.messages().forEach(messages::add);
    }
  }

  private static ObjectNode operation(ObjectNode node, OperationRef op) {
    return node.put("operationId", op.operationId()).put("method", op.method()).put("path", op.path());
  }

  private static ObjectNode change(ObjectNode node, Change change) {
    return node.put("kind", change.kind().name())
        .put("reason", change.reason())
        .put("where", change.where())
        .put("detail", change.detail());
  }
}
