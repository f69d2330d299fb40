package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.GROUP_ID;
import static io.github.airbytejava.contract.consumer.Examples.ORGANIZATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.PERMISSION_ID;
import static io.github.airbytejava.contract.consumer.Examples.USER_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.GROUP;
import static io.github.airbytejava.contract.consumer.States.GROUP_AND_USER;
import static io.github.airbytejava.contract.consumer.States.GROUP_AND_WORKSPACE;
import static io.github.airbytejava.contract.consumer.States.GROUP_MEMBER;
import static io.github.airbytejava.contract.consumer.States.GROUP_PERMISSION;
import static io.github.airbytejava.contract.consumer.States.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.generated.model.GroupCreateRequest;
import io.github.airbytejava.generated.model.GroupMemberAddRequest;
import io.github.airbytejava.generated.model.GroupMemberResponse;
import io.github.airbytejava.generated.model.GroupPermissionCreateRequest;
import io.github.airbytejava.generated.model.GroupPermissionResponse;
import io.github.airbytejava.generated.model.GroupResponse;
import io.github.airbytejava.generated.model.GroupUpdateRequest;
import io.github.airbytejava.generated.model.PermissionType;
import org.junit.jupiter.api.Test;

class GroupsPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listGroups(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP).uponReceiving("list the groups of an organization"), "GET", "/groups")
                .query("limit=20&offset=0")
                .queryParameterFromProviderState(
                    "organizationId", expression("organizationId"), example("organizationId")),
            200, list(Shapes::group))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listGroups")
  void listsTheGroupsOfAnOrganization() {
    assertThat(client.groups().listGroups(ORGANIZATION_ID, 20, 0).getData())
        .singleElement()
        .satisfies(GroupsPactTest::assertDataEngineers);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createGroup(PactDslWithProvider builder) {
    return respond(request(given(builder, ORGANIZATION).uponReceiving("create a group in an organization"), "POST",
                "/groups", object(body -> {
                  body.stringValue("name", "Data engineers");
                  body.valueFromProviderState(
                      "organizationId", expression("organizationId"), example("organizationId"));
                })),
            200, object(Shapes::group))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createGroup")
  void createsAGroupInAnOrganization() {
    GroupCreateRequest dataEngineers = new GroupCreateRequest().name("Data engineers").organizationId(ORGANIZATION_ID);

    assertDataEngineers(client.groups().createGroup(dataEngineers));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getGroup(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP).uponReceiving("get a group"), "GET", "/groups/${groupId}"),
            200, object(Shapes::group))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getGroup")
  void getsAGroupById() {
    assertDataEngineers(client.groups().getGroup(GROUP_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateGroup(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP).uponReceiving("describe a group"), "PATCH", "/groups/${groupId}",
                object(body -> body.stringValue("description", "Own the pipelines"))),
            200, object(group -> {
              Shapes.group(group);
              group.stringType("description", "Own the pipelines");
            }))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateGroup")
  void updatesTheDescriptionOfAGroup() {
    GroupResponse described =
        client.groups().updateGroup(GROUP_ID, new GroupUpdateRequest().description("Own the pipelines"));

    assertDataEngineers(described);
    assertThat(described.getDescription()).isEqualTo("Own the pipelines");
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteGroup(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP).uponReceiving("delete a group"), "DELETE", "/groups/${groupId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteGroup")
  void deletesAGroup() {
    assertThatNoException().isThrownBy(() -> client.groups().deleteGroup(GROUP_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact listGroupMembers(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP_MEMBER).uponReceiving("list the members of a group"), "GET",
                "/groups/${groupId}/members").query("limit=20&offset=0"),
            200, list(Shapes::groupMember))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listGroupMembers")
  void listsTheMembersOfAGroup() {
    assertThat(client.groups().listGroupMembers(GROUP_ID, 20, 0).getData())
        .singleElement()
        .satisfies(GroupsPactTest::assertJaneIsMember);
  }

  @Pact(consumer = CONSUMER)
  V4Pact addGroupMember(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP_AND_USER).uponReceiving("add a user to a group"), "POST",
                "/groups/${groupId}/members",
                object(body -> body.valueFromProviderState("userId", expression("userId"), example("userId")))),
            201, object(Shapes::groupMember))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addGroupMember")
  void addsAUserToAGroup() {
    assertJaneIsMember(client.groups().addGroupMember(GROUP_ID, new GroupMemberAddRequest().userId(USER_ID)));
  }

  @Pact(consumer = CONSUMER)
  V4Pact removeGroupMember(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP_MEMBER).uponReceiving("remove a user from a group"), "DELETE",
                "/groups/${groupId}/members/${userId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeGroupMember")
  void removesAUserFromAGroup() {
    assertThatNoException().isThrownBy(() -> client.groups().removeGroupMember(GROUP_ID, USER_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact listGroupPermissions(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP_PERMISSION).uponReceiving("list the permissions of a group"), "GET",
                "/groups/${groupId}/permissions"),
            200, list(Shapes::groupPermission))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listGroupPermissions")
  void listsThePermissionsOfAGroup() {
    assertThat(client.groups().listGroupPermissions(GROUP_ID).getData())
        .singleElement()
        .satisfies(GroupsPactTest::assertReaderOfWorkspace);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createGroupPermission(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP_AND_WORKSPACE)
                .uponReceiving("grant a group a permission on a workspace"),
                "POST", "/groups/${groupId}/permissions", object(body -> {
                  body.stringValue("permissionType", "workspace_reader");
                  body.valueFromProviderState("workspaceId", expression("workspaceId"), example("workspaceId"));
                })),
            201, object(Shapes::groupPermission))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createGroupPermission")
  void grantsAGroupAPermissionOnAWorkspace() {
    GroupPermissionCreateRequest reader =
        new GroupPermissionCreateRequest().permissionType(PermissionType.WORKSPACE_READER).workspaceId(WORKSPACE_ID);

    assertReaderOfWorkspace(client.groups().createGroupPermission(GROUP_ID, reader));
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteGroupPermission(PactDslWithProvider builder) {
    return respond(request(given(builder, GROUP_PERMISSION).uponReceiving("revoke a permission of a group"), "DELETE",
                "/groups/${groupId}/permissions/${permissionId}"), 204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteGroupPermission")
  void revokesAPermissionOfAGroup() {
    assertThatNoException().isThrownBy(() -> client.groups().deleteGroupPermission(GROUP_ID, PERMISSION_ID));
  }

  private static void assertDataEngineers(GroupResponse group) {
    assertThat(group.getGroupId()).isEqualTo(GROUP_ID);
    assertThat(group.getName()).isEqualTo("Data engineers");
    assertThat(group.getOrganizationId()).isEqualTo(ORGANIZATION_ID);
    assertThat(group.getMemberCount()).isEqualTo(1L);
  }

  private static void assertJaneIsMember(GroupMemberResponse member) {
    assertThat(member.getMemberId()).isEqualTo(Examples.MEMBER_ID);
    assertThat(member.getGroupId()).isEqualTo(GROUP_ID);
    assertThat(member.getUserId()).isEqualTo(USER_ID);
    assertThat(member.getUserEmail()).isEqualTo("jane@example.com");
    assertThat(member.getUserName()).isEqualTo("Jane Doe");
  }

  private static void assertReaderOfWorkspace(GroupPermissionResponse permission) {
    assertThat(permission.getPermissionId()).isEqualTo(PERMISSION_ID);
    assertThat(permission.getGroupId()).isEqualTo(GROUP_ID);
    assertThat(permission.getPermissionType()).isEqualTo(PermissionType.WORKSPACE_READER);
    assertThat(permission.getWorkspaceId()).isEqualTo(WORKSPACE_ID);
  }
}
