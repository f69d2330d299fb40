package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.internal.SecretRedactor;
import io.github.airbytejava.generated.model.ApplicationRead;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.PublicAccessTokenResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fields that carry credentials are known in one place, the effective spec ({@code format:
 * password}, set by the overlay {@code 55-sensitive-fields.yaml}), and from there: the generated
 * models print them as {@code *}, and the redactor masks them in any JSON it sees.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecretFieldsTest {

  /** Property names that say "credential"; {@code secretId} names a stored secret, not one. */
  private static final Pattern CREDENTIAL_NAME =
      Pattern.compile(
          "(?i)(.*secret|.*password|.*passwd|access_?token|refresh_?token|token|key|api_?key"
              + "|private_?key)");

  private static final String MARKER = "marker-9c1e5b77";

  @Test
  void everyPropertyNamedLikeACredentialIsMarkedAsAPasswordInTheSpec() {
    Map<String, Set<String>> formats = EffectiveSpec.formatsByPropertyName();
    Set<String> credentialNames = new TreeSet<>();
    formats.keySet().stream()
        .filter(n -> CREDENTIAL_NAME.matcher(n).matches())
        .forEach(credentialNames::add);

    assertThat(credentialNames).isNotEmpty();
    assertThat(credentialNames)
        .allSatisfy(name -> assertThat(formats.get(name)).as(name).containsOnly("password"));
  }

  @Test
  void theRedactorMasksExactlyTheFieldsTheSpecMarksAsPasswords() {
    assertThat(SecretRedactor.SECRET_FIELDS)
        .containsExactlyInAnyOrderElementsOf(EffectiveSpec.passwordPropertyNames());
  }

  @Test
  void theRedactorMasksCredentialMembersInAnyJsonButNotTheirNeighbours() {
    String json =
        "{\"access_token\":\"abc\\\"def\",\"token_type\":\"Bearer\",\"clientSecret\" : \"s\","
            + "\"clientId\":\"id-1\",\"nested\":{\"key\":\"k1\",\"primaryKey\":[\"pk\"]}}";

    assertThat(new SecretRedactor().redact(json))
        .isEqualTo(
            "{\"access_token\":\"***\",\"token_type\":\"Bearer\",\"clientSecret\" : \"***\","
                + "\"clientId\":\"id-1\",\"nested\":{\"key\":\"***\",\"primaryKey\":[\"pk\"]}}");
  }

  @Test
  void theRedactorMasksSecretsInConnectorConfigurationsButNotTheirSettings() {
    String json =
        "{\"configuration\":{\"host\":\"db\",\"username\":\"reader\",\"password\":\"hunter2hunter2\","
            + "\"tunnel_method\":{\"tunnel_user_password\":\"tunnel-pw-1\"},\"API_KEY\":\"k-123456\","
            + "\"ssl_mode\":{\"mode\":\"prefer\"}}}";

    assertThat(new SecretRedactor().redact(json))
        .isEqualTo(
            "{\"configuration\":{\"host\":\"db\",\"username\":\"reader\",\"password\":\"***\","
                + "\"tunnel_method\":{\"tunnel_user_password\":\"***\"},\"API_KEY\":\"***\","
                + "\"ssl_mode\":{\"mode\":\"prefer\"}}}");
  }

  @Test
  void theModelsThatCarryTheClientSecretOrATokenHideThemInToString() {
    assertThat(new ApplicationTokenRequestWithGrant().clientId("id-1").clientSecret(MARKER))
        .asString()
        .contains("id-1")
        .doesNotContain(MARKER);
    assertThat(new PublicAccessTokenResponse().accessToken(MARKER).expiresIn(180L))
        .asString()
        .contains("180")
        .doesNotContain(MARKER);
    assertThat(new ApplicationRead().name("app").clientSecret(MARKER))
        .asString()
        .contains("app")
        .doesNotContain(MARKER);
  }

  @Test
  void everyGeneratedModelHidesEveryCredentialFieldInToString() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Class<?> model : GeneratedTypes.models()) {
      if (model.isEnum() || model.isInterface() || Modifier.isAbstract(model.getModifiers())) {
        continue;
      }
      for (Field field : model.getDeclaredFields()) {
        String name = field.getName(); // the Java name: clientSecret for client_secret
        if (Modifier.isStatic(field.getModifiers())
            || field.getType() != String.class
            || !CREDENTIAL_NAME.matcher(name).matches()) {
          continue;
        }
        Object instance = model.getDeclaredConstructor().newInstance();
        field.setAccessible(true);
        field.set(instance, MARKER);
        assertThat(instance.toString())
            .as(model.getSimpleName() + "." + name)
            .doesNotContain(MARKER);
        checked.add(model.getSimpleName() + "." + name);
      }
    }
    assertThat(checked)
        .as("the check must have met the known credential fields")
        .contains(
            "ApplicationRead.clientSecret",
            "ApplicationTokenRequestWithGrant.clientSecret",
            "PublicAccessTokenResponse.accessToken",
            "EmbeddedWidgetResponse.token",
            "EmbeddedScopedTokenResponse.token",
            "EncryptionMapperAESConfiguration.key");
  }

  @Test
  void aGeneratedModelStillPrintsItsOrdinaryFields() throws Exception {
    assertThat(new ApplicationRead().clientId(MARKER)).asString().contains(MARKER);
  }
}
