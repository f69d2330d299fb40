package io.github.airbytejava.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when overlay actions match nothing in the upstream spec. Each such action is named with its
 * description, so the reader can tell whether Airbyte fixed the defect (drop the action) or moved
 * the target (update it).
 */
public final class UnmatchedOverlayActionsException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<Overlay.Action> actions;

  /** Creates the exception for the given unmatched actions. */
  public UnmatchedOverlayActionsException(List<Overlay.Action> actions) {
    super(message(actions));
    this.actions = List.copyOf(actions);
  }

  /** The actions whose targets matched nothing. */
  public List<Overlay.Action> actions() {
    return actions;
  }

  private static String message(List<Overlay.Action> actions) {
    return actions.size()
        + " overlay action(s) no longer match the upstream spec. If Airbyte fixed the defect, delete the"
        + " action; if the target moved, update it:\n"
        + actions.stream()
            .map(a -> "  - " + a.name() + ": " + a.description().strip().replace('\n', ' '))
            .collect(Collectors.joining("\n"));
  }
}
