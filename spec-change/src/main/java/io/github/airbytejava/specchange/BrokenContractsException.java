package io.github.airbytejava.specchange;

/**
 * Thrown, after the report is written, when the new spec breaks pinned contracts: so that the command,
 * and a pull request that bumps the spec, fail until the pins are reviewed.
 */
public final class BrokenContractsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code count} broken interactions, pointing at the report. */
  public BrokenContractsException(int count, String report) {
    super(count + " pinned contract interaction(s) no longer validate against the new spec. See " + report
        + " (\"Broken contracts\"): fix the client, or review and accept new pins.");
  }
}
