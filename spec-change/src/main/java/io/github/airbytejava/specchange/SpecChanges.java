package io.github.airbytejava.specchange;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two effective specs, operation by operation.
 *
 * @param added operations only the new spec has
 * @param removed operations only the old spec has
 * @param changed operations in both specs whose contract changed (descriptions and examples do not count)
 */
public record SpecChanges(List<OperationRef> added, List<OperationRef> removed, List<OperationChange> changed) {

  /** Whether the contract did not change at all. */
  public boolean none() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** Breaking changes: each removed operation, and each breaking change to a kept one. */
  public long breakingCount() {
    return breaking().size();
  }

  /** Compatible changes: each added operation, and each compatible change to a kept one. */
  public long compatibleCount() {
    return compatible().size();
  }

  /** Breaking changes, removed operations first, then by operation. */
  public List<SpecChangeReport.Entry> breaking() {
    return entries(true);
  }

  /** Compatible changes, added operations first, then by operation. */
  public List<SpecChangeReport.Entry> compatible() {
    return entries(false);
  }

  private List<SpecChangeReport.Entry> entries(boolean breaking) {
    List<SpecChangeReport.Entry> entries = new ArrayList<>();
    List<OperationRef> whole = breaking ? removed : added;
    ChangeKind kind = breaking ? ChangeKind.OPERATION_REMOVED : ChangeKind.OPERATION_ADDED;
    whole.forEach(op -> entries.add(new SpecChangeReport.Entry(op, new Change(kind, "", ""))));
    for (OperationChange operation : changed) {
      operation.changes().stream()
          .filter(c -> c.breaking() == breaking)
          .forEach(c -> entries.add(new SpecChangeReport.Entry(operation.operation(), c)));
    }
    return entries;
  }
}
