package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.OrganizationResponse;
import io.github.airbytejava.generated.model.OrganizationsResponse;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.UUID;

/**
 * Organizations: the stand-in's user belongs to every one. Serves {@code listOrganizationsForUser};
 * the organization-level OAuth credentials live in {@link OAuth}.
 */
final class Organizations implements OperationGroup {
  private final Table<UUID, OrganizationResponse> organizations = new Table<>("organization");

  /** Adds an organization. */
  OrganizationResponse create(UUID id, String name, String email) {
    return organizations.insert(
        id, new OrganizationResponse().organizationId(id).organizationName(name).email(email));
  }

  /** The organization, or resource-not-found. */
  OrganizationResponse get(UUID id) {
    return organizations.get(id);
  }

  /** Every organization, oldest first. */
  List<OrganizationResponse> all() {
    return organizations.live();
  }

  @Override
  public void register(OperationRegistry registry) {
    registry.on(
        "listOrganizationsForUser",
        request -> ApiResponse.ok(new OrganizationsResponse().data(all())));
  }

  @Override
  public void clear() {
    organizations.clear();
  }
}
