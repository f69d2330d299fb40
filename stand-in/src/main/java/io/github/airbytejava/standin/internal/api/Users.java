package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.UserResponse;
import io.github.airbytejava.generated.model.UsersResponse;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.state.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Users, each a member of one organization. Serves {@code listUsersWithinAnOrganization}. */
final class Users implements OperationGroup {
  private final Organizations organizations;
  private final Table<UUID, Member> users = new Table<>("user");

  Users(Organizations organizations) {
    this.organizations = organizations;
  }

  /** Adds a user to an organization; an email already in use there is a conflict. */
  UserResponse create(UUID id, UUID organizationId, String name, String email) {
    organizations.get(organizationId);
    boolean taken =
        users.live().stream()
            .anyMatch(
                member ->
                    member.organizationId.equals(organizationId)
                        && member.user.getEmail().equalsIgnoreCase(email));
    if (taken) {
      throw ProblemException.conflict(
          "A user with the email " + email + " is already in organization " + organizationId + ".");
    }
    return users.insert(
            id, new Member(new UserResponse().id(id).name(name).email(email), organizationId))
        .user;
  }

  /** The user, or resource-not-found. */
  UserResponse get(UUID id) {
    return users.get(id).user;
  }

  /** The organization the user belongs to. */
  UUID organizationOf(UUID userId) {
    return users.get(userId).organizationId;
  }

  @Override
  public void register(OperationRegistry registry) {
    registry.on("listUsersWithinAnOrganization", this::list);
  }

  private ApiResponse list(ApiRequest request) {
    UUID organizationId = request.requiredQueryUuid("organizationId");
    organizations.get(organizationId);
    Predicate<UUID> listed = request.uuidFilter("ids");
    Set<String> emails =
        request.queryAll("emails").stream()
            .map(email -> email.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    List<UserResponse> data =
        users.live().stream()
            .filter(member -> member.organizationId.equals(organizationId))
            .map(member -> member.user)
            .filter(user -> listed.test(user.getId()))
            .filter(
                user ->
                    emails.isEmpty() || emails.contains(user.getEmail().toLowerCase(Locale.ROOT)))
            .toList();
    return ApiResponse.ok(new UsersResponse().data(data));
  }

  @Override
  public void clear() {
    users.clear();
  }

  private record Member(UserResponse user, UUID organizationId) {}
}
