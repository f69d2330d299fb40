package io.github.airbytejava.spec;

/**
 * Thrown when {@code mvn -Pupdate-spec} is called wrongly: {@code -Dspec} missing or not a file, or a
 * {@code -Dspec.source} / {@code -Dspec.date} that cannot be read. The message says what was wrong and
 * how to call the command; nothing has been changed when it is thrown.
 */
public final class SpecUpdateUsageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How to call the command, appended to every message. */
  public static final String USAGE =
      "Usage: mvn -B -Pupdate-spec -Dspec=<path to the new upstream api.yaml>"
          + " [-Dspec.source=<owner>/<repo>@<commit> | <GitHub URL of the file at a commit>]"
          + " [-Dspec.date=<upstream commit date, YYYY-MM-DD>] verify";

  /** Creates the exception; {@code problem} says what was wrong, the usage line is appended. */
  public SpecUpdateUsageException(String problem) {
    super(problem + "\n" + USAGE);
  }
}
