package io.github.airbytejava.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a new upstream spec was taken from, as given with {@code -Dspec.source}.
 *
 * <p>Three spellings are read: {@code owner/repo@commit}, and the two addresses a browser shows for a
 * file at a commit ({@code https://github.com/owner/repo/blob/<commit>/<path>} and {@code
 * https://raw.githubusercontent.com/owner/repo/<commit>/<path>}). The commit must be a hexadecimal
 * commit id, not a branch name: a provenance record has to name one fixed version of the file.
 *
 * @param repository {@code owner/repo}
 * @param commit the commit id
 * @param path the file's path in the repository, when the spelling gives it
 */
public record SpecSource(String repository, String commit, Optional<String> path) {

  private static final String REPO = "([\\w.-]+/[\\w.-]+)";
  private static final String COMMIT = "([0-9a-fA-F]{7,40})";
  private static final List<Pattern> SPELLINGS =
      List.of(
          Pattern.compile(REPO + "@" + COMMIT),
          Pattern.compile("https://github\\.com/" + REPO + "/blob/" + COMMIT + "/(.+)"),
          Pattern.compile("https://raw\\.githubusercontent\\.com/" + REPO + "/" + COMMIT + "/(.+)"));

  /**
   * Reads a {@code -Dspec.source} value.
   *
   * @throws SpecUpdateUsageException when the value has none of the three spellings
   */
  public static SpecSource parse(String value) {
    String text = value.strip();
    for (Pattern spelling : SPELLINGS) {
      Matcher match = spelling.matcher(text);
      if (match.matches()) {
        Optional<String> path = match.groupCount() > 2 ? Optional.of(match.group(3)) : Optional.empty();
        return new SpecSource(match.group(1), match.group(2).toLowerCase(Locale.ROOT), path);
      }
    }
    throw new SpecUpdateUsageException(
        "-Dspec.source='" + value + "' names no fixed version of the file. Give owner/repo@<commit id>,"
            + " or the GitHub address of the file at a commit (.../blob/<commit>/<path> or"
            + " raw.githubusercontent.com/.../<commit>/<path>).");
  }
}
