package io.github.airbytejava.specchange;

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
    return removed.size() + changed.stream().flatMap(c -> c.changes().stream()).filter(Change::breaking).count();
  }

  /** Compatible changes: each added operation, and each compatible change to a kept one. */
  public long compatibleCount() {
    return added.size() + changed.stream().flatMap(c -> c.changes().stream()).filter(c -> !c.breaking()).count();
  }
}
