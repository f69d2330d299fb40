package io.github.airbytejava.specchange;

import java.util.List;

/**
 * An operation present in both specs, and what changed in it.
 *
 * @param operation the operation, named as in the new spec
 * @param changes the changes, never empty
 */
public record OperationChange(OperationRef operation, List<Change> changes) {

  /** Whether any change breaks a client relying on the old spec. */
  public boolean breaking() {
    return changes.stream().anyMatch(Change::breaking);
  }
}
