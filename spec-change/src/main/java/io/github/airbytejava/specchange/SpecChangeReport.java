package io.github.airbytejava.specchange;

import java.util.List;

/**
 * Everything the report says: what changed between the two effective specs, and which pinned contracts
 * the change broke. Written as Markdown for people ({@link MarkdownReport}) and JSON for tools ({@link
 * JsonReport}).
 *
 * @param before the old effective spec, as the report names it
 * @param operationsBefore the old spec's number of operations
 * @param after the new effective spec, as the report names it
 * @param operationsAfter the new spec's number of operations
 * @param changes what changed
 * @param pins the folder the pinned pacts were read from, as the report names it
 * @param contracts the pinned contracts checked
 */
public record SpecChangeReport(
    String before,
    int operationsBefore,
    String after,
    int operationsAfter,
    SpecChanges changes,
    String pins,
    ContractCheck contracts) {

  /**
   * One line of the breaking or compatible list: a change with the operation it belongs to.
   *
   * @param operation the operation
   * @param change the change; for an added or removed operation, the operation as a whole
   */
  public record Entry(OperationRef operation, Change change) {}

  /** Breaking changes, removed operations first, then by operation. */
  public List<Entry> breaking() {
    return changes.breaking();
  }

  /** Compatible changes, added operations first, then by operation. */
  public List<Entry> compatible() {
    return changes.compatible();
  }

  /** Whether a pinned contract broke: the command then fails. */
  public boolean contractsBroken() {
    return !contracts.broken().isEmpty();
  }
}
