package io.github.airbytejava.contract.conformance;

import io.github.airbytejava.contract.provider.PinnedPacts;
import io.github.airbytejava.contract.provider.SpecOperations.SpecOperation;
import io.github.airbytejava.contract.provider.SpecOperations;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operation groups (the spec's tags, such as {@code Sources}) that the pinned pacts exercise:
 * the groups the conformance suite must cover.
 */
final class PinnedGroups {

  private PinnedGroups() {}

  /** The groups of the operations of every pinned interaction, sorted. */
  static Set<String> all() {
    SpecOperations spec = SpecOperations.forEffectiveSpec();
    Set<String> groups = new TreeSet<>();
    PinnedPacts.interactions()
        .forEach(interaction -> spec.of(interaction).map(SpecOperation::group).ifPresent(groups::add));
    return groups;
  }
}
