package io.github.airbytejava.contract.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The pacts the consumer tests just wrote must equal the accepted ones kept in git under
 * {@code contract-tests/pacts/}, so that a shape change is a reviewed diff in a pull request.
 */
@Order(1)
class PinnedPactsIT {

  static final String ACCEPT_COMMAND = "mvn -B verify -pl contract-tests -am -Dcontracts.accept=true";

  private final Path fresh = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
  private final Path pinned = Path.of(System.getProperty("contracts.pinned", "pacts"));
  private final boolean accept = Boolean.getBoolean("contracts.accept");

  @Test
  void freshPactsEqualTheirPins() throws IOException {
    List<Path> freshPacts = PactFiles.in(fresh);
    assertThat(freshPacts).as("the consumer tests wrote no pact into %s", fresh).isNotEmpty();

    if (accept) {
      acceptAll(freshPacts);
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Path freshPact : freshPacts) {
      Path pin = pinned.resolve(freshPact.getFileName());
      String actual = PactFiles.normalised(PactFiles.read(freshPact));
      if (!Files.exists(pin)) {
        problems.add("No pin for " + freshPact.getFileName() + " in " + pinned);
        continue;
      }
      String expected = PactFiles.normalised(PactFiles.read(pin));
      if (!expected.equals(actual)) {
        problems.add(diff(pin, expected, actual));
      }
    }
    for (Path pin : PactFiles.in(pinned)) {
      if (!Files.exists(fresh.resolve(pin.getFileName()))) {
        problems.add("Pin " + pin.getFileName() + " has no fresh pact: no consumer test writes it any more");
      }
    }
    if (!problems.isEmpty()) {
      fail("The consumer contracts changed.\n\n" + String.join("\n\n", problems)
          + "\n\nIf the change is intended, accept it and review the diff in git:\n  " + ACCEPT_COMMAND
          + "\n  git diff contract-tests/pacts/");
    }
  }

  private void acceptAll(List<Path> freshPacts) throws IOException {
    Files.createDirectories(pinned);
    for (Path pin : PactFiles.in(pinned)) {
      Files.delete(pin);
    }
    for (Path freshPact : freshPacts) {
      Files.writeString(pinned.resolve(freshPact.getFileName()), PactFiles.normalised(PactFiles.read(freshPact)));
    }
    System.out.println("[contracts] accepted " + freshPacts.size() + " pact(s) into " + pinned);
  }

  private static String diff(Path pin, String expected, String actual) {
    List<String> before = expected.lines().toList();
    List<String> after = actual.lines().toList();
    List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
        "pinned/" + pin.getFileName(), "fresh/" + pin.getFileName(), before, DiffUtils.diff(before, after), 3);
    List<String> shown = unified.size() > 200 ? unified.subList(0, 200) : unified;
    return String.join("\n", shown) + (unified.size() > 200 ? "\n... (" + (unified.size() - 200) + " more lines)" : "");
  }
}
