package io.github.airbytejava.specchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report step of {@code mvn -B -Pupdate-spec -Dspec=<file> verify}: compares the old and new
 * effective specs, checks the pinned contracts, writes {@code report.md} and {@code report.json}, and
 * fails when a pinned contract broke.
 */
public final class SpecChangeCommand {

  private static final Set<String> OPTIONS = Set.of("old", "new", "pins", "out");

  private SpecChangeCommand() {}

  /**
   * Command-line entry point used by the {@code update-spec} profile.
   *
   * @param args {@code --old=} the baseline effective spec, {@code --new=} the new effective spec, {@code
   *     --pins=} the folder of pinned pacts, {@code --out=} the folder to write the report to
   * @throws BrokenContractsException after writing the report, when a pinned contract broke
   */
  public static void main(String[] args) {
    Map<String, Path> options = options(args);
    SpecChangeReport report = run(options.get("old"), options.get("new"), options.get("pins"));
    Path markdown = options.get("out").resolve("report.md");
    MarkdownReport.write(report, markdown);
    JsonReport.write(report, options.get("out").resolve("report.json"));
    System.out.println("[spec-change] " + summary(report));
    System.out.println("[spec-change] report: " + markdown + " (and report.json)");
    if (report.contractsBroken()) {
      throw new BrokenContractsException(report.contracts().broken().size(), markdown.toString());
    }
  }

  /** Builds the report without writing it. */
  public static SpecChangeReport run(Path before, Path after, Path pins) {
    if (!Files.isRegularFile(before)) {
      throw new IllegalStateException("No baseline at " + before + ". The report compares against the effective spec"
          + " that openapi/ writes before it takes the new spec in; run the whole command from the repository root:"
          + " mvn -B -Pupdate-spec -Dspec=<path to the new upstream api.yaml> verify");
    }
    EffectiveSpec old = EffectiveSpec.read(before);
    EffectiveSpec current = EffectiveSpec.read(after);
    SpecChanges changes = SpecDiff.between(old, current);
    List<PinnedPact> pacts = PinnedPact.findAll(pins);
    ContractCheck contracts = new ContractChecker(old, current).check(pacts);
    return new SpecChangeReport(
        shown(before), old.operationCount(), shown(after), current.operationCount(), changes, shown(pins), contracts);
  }

  /** A path as the report shows it: relative to where the command runs, when it lies below. */
  static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  /** One line for the build log. */
  static String summary(SpecChangeReport report) {
    SpecChanges changes = report.changes();
    ContractCheck contracts = report.contracts();
    String operations = changes.none()
        ? "no change"
        : changes.added().size() + " operations added, " + changes.removed().size() + " removed, "
            + changes.changed().size() + " changed; " + report.breaking().size() + " breaking and "
            + report.compatible().size() + " compatible changes";
    return operations + "; " + contracts.broken().size() + " of " + contracts.interactionsChecked()
        + " pinned interactions broken (" + contracts.pactFiles() + " pact files)";
  }

  private static Map<String, Path> options(String[] args) {
    Map<String, Path> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
      if (!OPTIONS.contains(name) || equals == arg.length() - 1) {
        throw new IllegalArgumentException(
            "SpecChangeCommand: bad argument '" + arg + "'; expected --name=<path> for " + OPTIONS);
      }
      options.put(name, Path.of(arg.substring(equals + 1)));
    }
    if (!options.keySet().containsAll(OPTIONS)) {
      throw new IllegalArgumentException("SpecChangeCommand needs " + OPTIONS + ", got " + options.keySet());
    }
    return options;
  }
}
