package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.PERMISSION_ID;
import static io.github.airbytejava.contract.consumer.Examples.USER_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.PERMISSION;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.PermissionCreateRequest;
import io.github.airbytejava.generated.model.PermissionResponse;
import io.github.airbytejava.generated.model.PermissionType;
import io.github.airbytejava.generated.model.PermissionUpdateRequest;
import io.github.airbytejava.generated.model.PublicPermissionType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PermissionsPactTest extends ConsumerPactTest {

  /** {@code organizationId} left out of the query: the permissions of the user everywhere. */
  private static final UUID ANY_ORGANIZATION = null;

  @Pact(consumer = CONSUMER)
  V4Pact listPermissions(PactDslWithProvider builder) {
    return respond(request(given(builder, PERMISSION).uponReceiving("list the permissions of a user"), "GET",
                "/permissions")
                .queryParameterFromProviderState("userId", expression("userId"), example("userId")),
            200, list(Shapes::scopedPermission))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listPermissions")
  void listsThePermissionsOfAUserWithTheirScope() {
    assertThat(client.permissions().listPermissions(USER_ID, ANY_ORGANIZATION).getData())
        .singleElement()
        .satisfies(permission -> {
          assertThat(permission.getPermissionId()).isEqualTo(PERMISSION_ID);
          assertThat(permission.getPermissionType()).hasToString("workspace_admin");
          assertThat(permission.getUserId()).isEqualTo(USER_ID);
          assertThat(permission.getScopeId()).isEqualTo(WORKSPACE_ID);
          assertThat(permission.getScope()).hasToString("workspace");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact getPermission(PactDslWithProvider builder) {
    return respond(request(given(builder, PERMISSION).uponReceiving("get a permission"), "GET",
                "/permissions/${permissionId}"),
            200, object(Shapes::permission))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getPermission")
  void getsAPermissionById() {
    assertWorkspaceAdmin(client.permissions().getPermission(PERMISSION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createPermission(PactDslWithProvider builder) {
    return respond(request(given(builder, WORKSPACE_USER).uponReceiving("grant a user a permission on a workspace"),
                "POST", "/permissions", object(body -> {
                  body.stringValue("permissionType", "workspace_admin");
                  body.valueFromProviderState("userId", expression("userId"), example("userId"));
                  body.valueFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId"));
                })),
            200, object(Shapes::permission))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createPermission")
  void grantsAUserAPermissionOnAWorkspace() {
    PermissionCreateRequest grant = new PermissionCreateRequest()
        .permissionType(PublicPermissionType.WORKSPACE_ADMIN)
        .userId(USER_ID)
        .workspaceId(WORKSPACE_ID);

    assertWorkspaceAdmin(client.permissions().createPermission(grant));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updatePermission(PactDslWithProvider builder) {
    return respond(request(given(builder, PERMISSION).uponReceiving("change the type of a permission"), "PATCH",
                "/permissions/${permissionId}", object(body -> body.stringValue("permissionType", "workspace_reader"))),
            200, object(permission -> {
              Shapes.permission(permission);
              permission.stringType("permissionType", "workspace_reader");
            }))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updatePermission")
  void changesTheTypeOfAPermission() {
    PermissionResponse updated = client.permissions()
        .updatePermission(PERMISSION_ID, new PermissionUpdateRequest().permissionType(PermissionType.WORKSPACE_READER));

    assertThat(updated.getPermissionId()).isEqualTo(PERMISSION_ID);
    assertThat(updated.getPermissionType()).isEqualTo(PermissionType.WORKSPACE_READER);
  }

  @Pact(consumer = CONSUMER)
  V4Pact deletePermission(PactDslWithProvider builder) {
    return respond(request(given(builder, PERMISSION).uponReceiving("revoke a permission"), "DELETE",
                "/permissions/${permissionId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deletePermission")
  void revokesAPermission() {
    assertThatNoException().isThrownBy(() -> client.permissions().deletePermission(PERMISSION_ID));
  }

  private static void assertWorkspaceAdmin(PermissionResponse permission) {
    assertThat(permission.getPermissionId()).isEqualTo(PERMISSION_ID);
    assertThat(permission.getPermissionType()).isEqualTo(PermissionType.WORKSPACE_ADMIN);
    assertThat(permission.getUserId()).isEqualTo(USER_ID);
    assertThat(permission.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
  }
}
