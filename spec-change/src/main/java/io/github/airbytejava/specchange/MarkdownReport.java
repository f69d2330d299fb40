package io.github.airbytejava.specchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report as Markdown, for people: the counts first, then what needs a decision (broken
 * contracts, breaking changes), then what does not (compatible changes), then the operation lists.
 */
public final class MarkdownReport {

  private final StringBuilder out = new StringBuilder();

  private MarkdownReport() {}

  /** The report as Markdown text. */
  public static String render(SpecChangeReport report) {
    return new MarkdownReport().document(report).out.toString();
  }

  /** Writes the report, creating parent folders. */
  public static void write(SpecChangeReport report, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, render(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private MarkdownReport document(SpecChangeReport report) {
    SpecChanges changes = report.changes();
    ContractCheck contracts = report.contracts();
    line("# Spec change report");
    line("");
    line("From `" + report.before() + "` (" + report.operationsBefore() + " operations)  ");
    line("to `" + report.after() + "` (" + report.operationsAfter() + " operations).");
    line("");
    if (changes.none()) {
      line("**No change**: the new effective spec has the same operations, parameters, bodies and responses.");
      line("");
    }
    line("| | |");
    line("|---|---:|");
    line("| operations added | " + changes.added().size() + " |");
    line("| operations removed | " + changes.removed().size() + " |");
    line("| operations changed | " + changes.changed().size() + " |");
    line("| breaking changes | " + report.breaking().size() + " |");
    line("| compatible changes | " + report.compatible().size() + " |");
    line("| pinned interactions checked | " + contracts.interactionsChecked() + " (" + contracts.pactFiles()
        + " pact files in `" + report.pins() + "`) |");
    line("| **broken contracts** | **" + contracts.broken().size() + "** |");

    section("Broken contracts", "Pinned interactions that the new spec rejects and the old one accepted."
        + " The command fails until each is reviewed: fix the client, or accept a new pin.");
    contracts(contracts.broken(), "None.");
    if (!contracts.alreadyFailing().isEmpty()) {
      section("Contracts failing before this change", "The old spec rejected these already, for the same reasons;"
          + " not caused by this change.");
      contracts(contracts.alreadyFailing(), "");
    }
    if (changes.none()) {
      return this;
    }
    section("Breaking changes", "");
    entries(report.breaking());
    section("Compatible changes", "");
    entries(report.compatible());
    section("Operations added", "");
    operations(changes.added());
    section("Operations removed", "");
    operations(changes.removed());
    section("Operations changed", "");
    if (changes.changed().isEmpty()) {
      line("None.");
    } else {
      line("| operationId | method | path | breaking | changes |");
      line("|---|---|---|---|---:|");
      changes.changed().forEach(c -> line("| " + code(c.operation().operationId()) + " | " + c.operation().method()
          + " | " + code(c.operation().path()) + " | " + (c.breaking() ? "yes" : "no") + " | " + c.changes().size()
          + " |"));
    }
    return this;
  }

  private void contracts(List<BrokenContract> contracts, String none) {
    if (contracts.isEmpty()) {
      line(none);
      return;
    }
    line("| pact | interaction | request | validator says |");
    line("|---|---|---|---|");
    contracts.forEach(c -> line("| " + code(c.pact()) + " | " + cell(c.interaction()) + " | " + code(c.request())
        + " | " + String.join("<br>", c.messages().stream().map(MarkdownReport::cell).toList()) + " |"));
  }

  private void entries(List<SpecChangeReport.Entry> entries) {
    if (entries.isEmpty()) {
      line("None.");
      return;
    }
    line("| operation | reason | where | detail |");
    line("|---|---|---|---|");
    entries.forEach(e -> line("| " + code(e.operation().operationId()) + " "
        + code(e.operation().method() + " " + e.operation().path()) + " | " + cell(e.change().reason()) + " | "
        + cell(e.change().where()) + " | " + cell(e.change().detail()) + " |"));
  }

  private void operations(List<OperationRef> operations) {
    if (operations.isEmpty()) {
      line("None.");
      return;
    }
    line("| operationId | method | path |");
    line("|---|---|---|");
    operations.forEach(
        op -> line("| " + code(op.operationId()) + " | " + op.method() + " | " + code(op.path()) + " |"));
  }

  private void section(String title, String intro) {
    line("");
    line("## " + title);
    line("");
    if (!intro.isEmpty()) {
      line(intro);
      line("");
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static String code(String text) {
    return "`" + text.replace("`", "'") + "`";
  }

  /** Table cells: a pipe would end the cell and a line break the row. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
