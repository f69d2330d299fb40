package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.standin.internal.ProblemException;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * The rule a permission's scope must keep, for users and groups alike: exactly one of workspace or
 * organization, of the kind its type names ({@code workspace_*} on a workspace, {@code
 * organization_*} on an organization), and it must exist.
 */
final class PermissionScopes {
  private final Workspaces workspaces;
  private final Organizations organizations;

  PermissionScopes(Workspaces workspaces, Organizations organizations) {
    this.workspaces = workspaces;
    this.organizations = organizations;
  }

  /** Checks a scope, or throws a problem that says what to send instead. */
  void check(PermissionType type, @Nullable UUID workspaceId, @Nullable UUID organizationId) {
    if ((workspaceId == null) == (organizationId == null)) {
      throw ProblemException.badRequest("Give exactly one of workspaceId and organizationId.");
    }
    String value = type.getValue();
    if (value.startsWith("workspace_")) {
      if (workspaceId == null) {
        throw ProblemException.badRequest(
            value + " is a workspace permission: give a workspaceId.");
      }
      workspaces.get(workspaceId);
    } else if (value.startsWith("organization_")) {
      if (organizationId == null) {
        throw ProblemException.badRequest(
            value + " is an organization permission: give an organizationId.");
      }
      organizations.get(organizationId);
    } else {
      throw ProblemException.badRequest(value + " cannot be granted through the public API.");
    }
  }
}
