package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.FeignException;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.github.airbytejava.generated.api.ApplicationsApi;
import io.github.airbytejava.generated.api.SourcesApi;
import io.github.airbytejava.generated.api.WorkspacesApi;
import io.github.airbytejava.generated.invoker.ApiClient;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.SourcesResponse;
import io.github.airbytejava.generated.model.WorkspaceCreateRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated Feign client, as generated, talks to the stand-in and reads its answers into the
 * typed models.
 */
class GeneratedClientTest {
  private static final ObjectMapper MAPPER = ApiClient.newObjectMapper();

  /** One stand-in for the class; the tests share its state and the token. */
  @RegisterExtension
  static final AirbyteStandInExtension STAND_IN =
      new AirbyteStandInExtension().keepStateBetweenTests();

  private static AirbyteStandIn standIn;
  private static String token;

  @BeforeAll
  static void login() {
    standIn = STAND_IN.standIn();
    token =
        api(ApplicationsApi.class, null)
            .createAccessToken(
                new ApplicationTokenRequestWithGrant()
                    .clientId(standIn.clientId())
                    .clientSecret(standIn.clientSecret())
                    .grantType(ApplicationTokenRequestWithGrant.GrantTypeEnum.CLIENT_CREDENTIALS))
            .getAccessToken();
  }

  @Test
  void createsAndReadsBackTypedModels() {
    UUID workspace =
        api(WorkspacesApi.class, token)
            .createWorkspace(new WorkspaceCreateRequest().name("Typed"))
            .getWorkspaceId();
    SourcesApi sources = api(SourcesApi.class, token);

    SourceResponse created =
        sources.createSource(
            new SourceCreateRequest()
                .name("Warehouse")
                .workspaceId(workspace)
                ._configuration(Map.of("sourceType", "faker", "count", 10)));
    SourcesResponse listed = sources.listSources(List.of(workspace), false, 5, 0);

    assertThat(sources.getSource(created.getSourceId(), (Boolean) null)).isEqualTo(created);
    assertThat(created.getSourceType()).isEqualTo("faker");
    assertThat(listed.getData()).containsExactly(created);
    assertThat(listed.getNext()).isNull();
  }

  @Test
  void anUnknownIdIsA404ForTheClient() {
    assertThatThrownBy(
            () -> api(SourcesApi.class, token).getSource(UUID.randomUUID(), (Boolean) null))
        .isInstanceOfSatisfying(FeignException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  private static <T> T api(Class<T> type, String bearer) {
    Feign.Builder builder =
        Feign.builder().encoder(new JacksonEncoder(MAPPER)).decoder(new JacksonDecoder(MAPPER));
    if (bearer != null) {
      builder.requestInterceptor(template -> template.header("Authorization", "Bearer " + bearer));
    }
    return builder.target(type, standIn.baseUrl());
  }
}
