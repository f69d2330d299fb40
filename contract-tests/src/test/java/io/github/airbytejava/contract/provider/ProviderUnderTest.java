package io.github.airbytejava.contract.provider;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.OrganizationResponse;
import io.github.airbytejava.generated.model.PermissionResponseRead;
import io.github.airbytejava.generated.model.PublicAccessTokenResponse;
import io.github.airbytejava.standin.AirbyteStandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Airbyte that provider verification and the conformance suite run against: the stand-in,
 * started in-process (the default, and what CI uses), or a real deployment named by the
 * environment ({@link ProviderSettings}).
 *
 * <p>Either way it offers the same things: the API base URL, an {@link AirbyteClient} with real
 * credentials for setting up and cleaning up, real access tokens for replayed requests, an expired
 * one where it can get one, and the organization and user that states may use.
 *
 * <pre>{@code
 * try (ProviderUnderTest provider = ProviderUnderTest.start()) {
 *   UUID workspace = provider.client().workspaces().createWorkspace(...).getWorkspaceId();
 *   given().baseUri(provider.baseUrl()).auth().oauth2(provider.accessToken()).get("/workspaces/" + workspace);
 * }
 * }</pre>
 */
public final class ProviderUnderTest implements AutoCloseable {

  private final ProviderSettings settings;
  private final boolean cloudPaths;
  private final AirbyteStandIn standIn;
  private final AdjustableClock standInClock;
  private final ProviderTokens tokens;
  private final AirbyteClient client;
  private UUID organizationId;
  private UUID memberUserId;

  private ProviderUnderTest(ProviderSettings settings, boolean cloudPaths) {
    this.settings = settings;
    this.cloudPaths = cloudPaths;
    // One retry: enough to ride out a blip of a real deployment, few enough not to hide a broken one.
    AirbyteClient.Builder builder = AirbyteClient.builder().maxRetries(1);
    if (settings.realAirbyte()) {
      this.standIn = null;
      this.standInClock = null;
      builder.baseUrl(settings.baseUrl());
      if (settings.clientId() != null) {
        this.client = builder.clientCredentials(settings.clientId(), settings.clientSecret()).build();
        this.tokens = ProviderTokens.forClientCredentials(client, settings.clientId(), settings.clientSecret(),
            Clock.systemUTC());
      } else {
        this.client = builder.bearerToken(settings.accessToken()).build();
        this.tokens = ProviderTokens.fixed(settings.accessToken());
      }
    } else {
      this.standInClock = new AdjustableClock();
      this.standIn = AirbyteStandIn.builder().clock(standInClock).start();
      this.client = builder.baseUrl(baseUrl())
          .clientCredentials(standIn.clientId(), standIn.clientSecret())
          .clock(standInClock)
          .build();
      this.tokens = ProviderTokens.forClientCredentials(client, standIn.clientId(), standIn.clientSecret(),
          standInClock);
    }
  }

  /**
   * The provider this JVM is configured for: {@code -Dcontracts.provider} and the environment, see
   * {@link ProviderSettings}. Starts the stand-in when that is the provider.
   *
   * @throws IllegalStateException with what to set, when the configuration is incomplete
   */
  public static ProviderUnderTest start() {
    return new ProviderUnderTest(ProviderSettings.fromSystem(), false);
  }

  /** A freshly started stand-in, whatever the configuration says. */
  public static ProviderUnderTest startStandIn() {
    return new ProviderUnderTest(ProviderSettings.standIn(), false);
  }

  /**
   * A freshly started stand-in, addressed under Cloud's base path {@code /v1} instead of
   * self-managed's {@code /api/public/v1}: for checking that pacts replay against Airbyte Cloud.
   */
  static ProviderUnderTest startStandInUnderCloudPaths() {
    return new ProviderUnderTest(ProviderSettings.standIn(), true);
  }

  /** Whether this is a real Airbyte deployment rather than the stand-in. */
  public boolean isRealAirbyte() {
    return settings.realAirbyte();
  }

  /** The API base URL, such as {@code http://127.0.0.1:41234/api/public/v1}; no trailing slash. */
  public String baseUrl() {
    if (standIn == null) {
      return settings.baseUrl();
    }
    return cloudPaths ? standIn.cloudBaseUrl() : standIn.baseUrl();
  }

  /** The path of {@link #baseUrl()}, such as {@code /api/public/v1}: what the spec's paths follow. */
  public String basePath() {
    return URI.create(baseUrl()).getRawPath();
  }

  /** A client with real credentials, for setting up and cleaning up. Shared; do not close it. */
  public AirbyteClient client() {
    return client;
  }

  /** A valid access token of the provider, obtained through {@link AirbyteClient}. */
  public String accessToken() {
    return tokens.accessToken();
  }

  /**
   * An access token the provider issued that has since expired, where one can be had: from the
   * stand-in, a token issued for this call after which its clock is moved past the token's lifetime
   * (other tokens are renewed as needed); from a real deployment, {@code
   * AIRBYTE_EXPIRED_ACCESS_TOKEN} if set.
   */
  public Optional<String> expiredAccessToken() {
    if (standIn == null) {
      return Optional.ofNullable(settings.expiredAccessToken());
    }
    PublicAccessTokenResponse issued = tokens.issue();
    standInClock.advance(Duration.ofSeconds(issued.getExpiresIn() + 1));
    return Optional.of(issued.getAccessToken());
  }

  /**
   * The organization states work in. The stand-in's default organization; on a real deployment
   * {@code AIRBYTE_ORGANIZATION_ID}, else the first organization of the caller. Never created or
   * deleted.
   */
  public synchronized UUID organizationId() {
    if (organizationId == null) {
      if (standIn != null) {
        organizationId = standIn.state().defaultOrganizationId();
      } else if (settings.organizationId() != null) {
        organizationId = UUID.fromString(settings.organizationId());
      } else {
        List<OrganizationResponse> organizations = client.organizations().listOrganizationsForUser().getData();
        if (organizations == null || organizations.isEmpty()) {
          throw new IllegalStateException("The caller belongs to no organization; set AIRBYTE_ORGANIZATION_ID");
        }
        organizationId = organizations.get(0).getOrganizationId();
      }
    }
    return organizationId;
  }

  /**
   * A user of {@link #organizationId()} whom states may give permissions and group memberships,
   * which they revoke again. In the stand-in a user seeded for the purpose (the public API cannot
   * create users); on a real deployment the caller itself, since no other user should be touched.
   */
  public synchronized UUID memberUserId() {
    if (memberUserId == null) {
      memberUserId = standIn != null
          ? standIn.state().createUser("Contract Member", "contract-member@example.com")
          : callerUserId();
    }
    return memberUserId;
  }

  /** The stand-in, when that is the provider: for what only a stand-in can do, such as breaking an operation. */
  public Optional<AirbyteStandIn> standIn() {
    return Optional.ofNullable(standIn);
  }

  /** Stops the stand-in, if one was started, and releases the clients. */
  @Override
  public void close() {
    client.close();
    if (standIn != null) {
      standIn.close();
    }
  }

  /** Where it points, never a secret. */
  @Override
  public String toString() {
    return standIn != null ? "the stand-in at " + baseUrl() : settings.toString();
  }

  private UUID callerUserId() {
    // GET /permissions without a user id lists the caller's own permissions, each naming the caller.
    List<PermissionResponseRead> own = client.permissions().listPermissions(null, null).getData();
    if (own == null || own.isEmpty()) {
      throw new IllegalStateException("GET /permissions named no permission of the caller, so the caller's user id is"
          + " unknown; states that need a user cannot be set up");
    }
    return own.get(0).getUserId();
  }
}
