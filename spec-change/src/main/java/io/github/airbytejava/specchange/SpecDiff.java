package io.github.airbytejava.specchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/** Compares two effective specs with openapi-diff and classifies what changed, operation by operation. */
public final class SpecDiff {

  private SpecDiff() {}

  /** What changed from {@code before} to {@code after}. */
  public static SpecChanges between(EffectiveSpec before, EffectiveSpec after) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(before.text(), after.text());
    Map<OperationRef, List<Change>> changed = new LinkedHashMap<>();
    for (ChangedOperation operation : diff.getChangedOperations()) {
      List<Change> changes = OperationChangeCollector.collect(operation);
      if (!changes.isEmpty()) {
        OperationRef ref = new OperationRef(
            operation.getNewOperation().getOperationId(), operation.getHttpMethod().name(), operation.getPathUrl());
        changed.computeIfAbsent(ref, r -> new ArrayList<>()).addAll(changes);
      }
    }
    OperationGroups.moved(before, after)
        .forEach((ref, move) -> changed.computeIfAbsent(ref, r -> new ArrayList<>()).add(0, move));
    List<OperationChange> operations = changed.entrySet().stream()
        .map(e -> new OperationChange(e.getKey(), List.copyOf(e.getValue())))
        .sorted((a, b) -> a.operation().compareTo(b.operation()))
        .toList();
    return new SpecChanges(refs(diff.getNewEndpoints()), refs(diff.getMissingEndpoints()), operations);
  }

  private static List<OperationRef> refs(List<Endpoint> endpoints) {
    return endpoints.stream()
        .map(e -> new OperationRef(e.getOperation().getOperationId(), e.getMethod().name(), e.getPathUrl()))
        .sorted()
        .toList();
  }
}
