package io.github.airbytejava.client;

import io.github.airbytejava.client.internal.BaseUrl;
import io.github.airbytejava.client.internal.ClientAssembly;
import io.github.airbytejava.client.internal.CredentialSettings;
import io.github.airbytejava.client.internal.Environment;
import io.github.airbytejava.client.internal.Pages;
import io.github.airbytejava.generated.api.ApplicationsApi;
import io.github.airbytejava.generated.api.ConnectionsApi;
import io.github.airbytejava.generated.api.ConnectorDefinitionsApi;
import io.github.airbytejava.generated.api.DataplanesApi;
import io.github.airbytejava.generated.api.DeclarativeSourceDefinitionsApi;
import io.github.airbytejava.generated.api.DestinationDefinitionsApi;
import io.github.airbytejava.generated.api.DestinationsApi;
import io.github.airbytejava.generated.api.EmbeddedScopedTokenApi;
import io.github.airbytejava.generated.api.EmbeddedWidgetApi;
import io.github.airbytejava.generated.api.GroupsApi;
import io.github.airbytejava.generated.api.HealthApi;
import io.github.airbytejava.generated.api.JobsApi;
import io.github.airbytejava.generated.api.OAuthApi;
import io.github.airbytejava.generated.api.OrganizationsApi;
import io.github.airbytejava.generated.api.PermissionsApi;
import io.github.airbytejava.generated.api.RegionsApi;
import io.github.airbytejava.generated.api.RootApi;
import io.github.airbytejava.generated.api.SourceDefinitionsApi;
import io.github.airbytejava.generated.api.SourcesApi;
import io.github.airbytejava.generated.api.StreamsApi;
import io.github.airbytejava.generated.api.TagsApi;
import io.github.airbytejava.generated.api.UsersApi;
import io.github.airbytejava.generated.api.WorkspacesApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A client for the Airbyte public API: the generated Feign interfaces, configured with the base
 * URL, credentials, retries, typed errors and logging this class's builder sets up.
 *
 * <pre>{@code
 * try (AirbyteClient client = AirbyteClient.builder()
 *     .cloud()
 *     .clientCredentials(clientId, clientSecret)
 *     .build()) {
 *   SourcesResponse page = client.sources().listSources(List.of(workspaceId), false, 100, 0);
 *   client.paginate(
 *           (limit, offset) -> client.sources().listSources(List.of(workspaceId), false, limit, offset),
 *           SourcesResponse::getData)
 *       .forEach(source -> System.out.println(source.getName()));
 * }
 * }</pre>
 *
 * <p><b>What every call gets.</b>
 *
 * <ul>
 *   <li>An {@code Authorization} header, except on the operations the spec marks public (health
 *       check, root, token endpoint, OAuth callback). With client credentials, the access token is
 *       fetched on first use from {@code {baseUrl}/applications/token}, cached, and renewed before
 *       it expires; however many threads need a token at once, one request is made.
 *   <li>One retry after a {@code 401}, with a renewed token (client credentials or a renewing
 *       {@link TokenProvider} only). A second {@code 401} throws {@link
 *       AirbyteAuthenticationException}. A {@code 403} is never retried.
 *   <li>Up to {@code maxRetries} retries with exponential backoff and jitter: after {@code 429} for
 *       any method, after {@code 502}/{@code 503}/{@code 504} or an I/O failure only for GET, PUT,
 *       DELETE, HEAD and OPTIONS. {@code POST} and {@code PATCH} are not repeated after a server
 *       error, because they may have taken effect. A {@code Retry-After} of up to 60 s is obeyed; a
 *       longer one ends the retries.
 *   <li>Errors as {@link AirbyteApiException} subclasses carrying Airbyte's problem document.
 *   <li>{@code User-Agent: airbyte-java-client/<version> Java/<java.version>}.
 *   <li>No redirects followed, so the credentials never reach another origin.
 *   <li>Bounded responses: the whole response within the read timeout, at most 32 MiB of body.
 *   <li>A DEBUG log of every exchange on the SLF4J logger {@code
 *       io.github.airbytejava.client.http}, with the {@code Authorization} header and token bodies
 *       left out.
 * </ul>
 *
 * <p>The client is thread-safe; share one instance. It holds one pooled HTTP client: {@link
 * #close()} it when done.
 */
public final class AirbyteClient implements AutoCloseable {

  /** Page size {@link #paginate(PageFetcher, Function)} requests: the most Airbyte allows. */
  public static final int DEFAULT_PAGE_SIZE = Pages.MAX_PAGE_SIZE;

  private final ClientAssembly assembly;

  private AirbyteClient(ClientAssembly assembly) {
    this.assembly = assembly;
  }

  /** A builder; choose a base URL and credentials, then {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables, in this order of precedence:
   *
   * <ol>
   *   <li>Base URL: {@code AIRBYTE_API_URL} (the API base URL, used as given), else {@code
   *       AIRBYTE_URL} (a self-managed Airbyte's web URL; {@code /api/public/v1} is appended), else
   *       Airbyte Cloud.
   *   <li>Credentials: {@code AIRBYTE_CLIENT_ID} and {@code AIRBYTE_CLIENT_SECRET}, else {@code
   *       AIRBYTE_ACCESS_TOKEN}.
   * </ol>
   *
   * For more settings use {@code builder().environment(System.getenv())...build()}.
   *
   * @throws AirbyteConfigurationException if the variables are missing or unusable; the message
   *     names the variable
   */
  public static AirbyteClient fromEnvironment() {
    return builder().environment(System.getenv()).build();
  }

  /**
   * The proxy of a generated API interface, created once and shared.
   *
   * @param type a generated interface, such as {@code SourcesApi.class}
   * @throws AirbyteConfigurationException if {@code type} is not a generated API interface, or the
   *     client is closed
   */
  public <T> T api(Class<T> type) {
    return assembly.api(type);
  }

  /** The Sources operations; the same instance as {@code api(SourcesApi.class)}. */
  public SourcesApi sources() {
    return api(SourcesApi.class);
  }

  /** The Destinations operations; the same instance as {@code api(DestinationsApi.class)}. */
  public DestinationsApi destinations() {
    return api(DestinationsApi.class);
  }

  /** The Connections operations; the same instance as {@code api(ConnectionsApi.class)}. */
  public ConnectionsApi connections() {
    return api(ConnectionsApi.class);
  }

  /** The Jobs operations; the same instance as {@code api(JobsApi.class)}. */
  public JobsApi jobs() {
    return api(JobsApi.class);
  }

  /** The Workspaces operations; the same instance as {@code api(WorkspacesApi.class)}. */
  public WorkspacesApi workspaces() {
    return api(WorkspacesApi.class);
  }

  /** The Applications operations; the same instance as {@code api(ApplicationsApi.class)}. */
  public ApplicationsApi applications() {
    return api(ApplicationsApi.class);
  }

  /** The Health operations; the same instance as {@code api(HealthApi.class)}. */
  public HealthApi health() {
    return api(HealthApi.class);
  }

  /** The Root operations; the same instance as {@code api(RootApi.class)}. */
  public RootApi root() {
    return api(RootApi.class);
  }

  /** The Tags operations; the same instance as {@code api(TagsApi.class)}. */
  public TagsApi tags() {
    return api(TagsApi.class);
  }

  /** The Permissions operations; the same instance as {@code api(PermissionsApi.class)}. */
  public PermissionsApi permissions() {
    return api(PermissionsApi.class);
  }

  /** The Organizations operations; the same instance as {@code api(OrganizationsApi.class)}. */
  public OrganizationsApi organizations() {
    return api(OrganizationsApi.class);
  }

  /** The Users operations; the same instance as {@code api(UsersApi.class)}. */
  public UsersApi users() {
    return api(UsersApi.class);
  }

  /** The Streams operations; the same instance as {@code api(StreamsApi.class)}. */
  public StreamsApi streams() {
    return api(StreamsApi.class);
  }

  /** The Groups operations; the same instance as {@code api(GroupsApi.class)}. */
  public GroupsApi groups() {
    return api(GroupsApi.class);
  }

  /** The Dataplanes operations; the same instance as {@code api(DataplanesApi.class)}. */
  public DataplanesApi dataplanes() {
    return api(DataplanesApi.class);
  }

  /** The Regions operations; the same instance as {@code api(RegionsApi.class)}. */
  public RegionsApi regions() {
    return api(RegionsApi.class);
  }

  /** The OAuth operations; the same instance as {@code api(OAuthApi.class)}. */
  public OAuthApi oauth() {
    return api(OAuthApi.class);
  }

  /** The EmbeddedWidget operations; the same instance as {@code api(EmbeddedWidgetApi.class)}. */
  public EmbeddedWidgetApi embeddedWidget() {
    return api(EmbeddedWidgetApi.class);
  }

  /**
   * The EmbeddedScopedToken operations; the same instance as {@code
   * api(EmbeddedScopedTokenApi.class)}.
   */
  public EmbeddedScopedTokenApi embeddedScopedToken() {
    return api(EmbeddedScopedTokenApi.class);
  }

  /**
   * The ConnectorDefinitions operations; the same instance as {@code
   * api(ConnectorDefinitionsApi.class)}.
   */
  public ConnectorDefinitionsApi connectorDefinitions() {
    return api(ConnectorDefinitionsApi.class);
  }

  /**
   * The SourceDefinitions operations; the same instance as {@code api(SourceDefinitionsApi.class)}.
   */
  public SourceDefinitionsApi sourceDefinitions() {
    return api(SourceDefinitionsApi.class);
  }

  /**
   * The DestinationDefinitions operations; the same instance as {@code
   * api(DestinationDefinitionsApi.class)}.
   */
  public DestinationDefinitionsApi destinationDefinitions() {
    return api(DestinationDefinitionsApi.class);
  }

  /**
   * The DeclarativeSourceDefinitions operations; the same instance as {@code
   * api(DeclarativeSourceDefinitionsApi.class)}.
   */
  public DeclarativeSourceDefinitionsApi declarativeSourceDefinitions() {
    return api(DeclarativeSourceDefinitionsApi.class);
  }

  /**
   * Every item of a list operation, fetched page by page as the stream is consumed, {@value
   * #DEFAULT_PAGE_SIZE} at a time. See {@link #paginate(PageFetcher, Function, int)}.
   */
  public <P, T> Stream<T> paginate(
      PageFetcher<P> fetcher, Function<? super P, ? extends List<T>> items) {
    return paginate(fetcher, items, DEFAULT_PAGE_SIZE);
  }

  /**
   * Every item of a list operation that takes {@code limit} and {@code offset}, as a lazy stream.
   *
   * <pre>{@code
   * List<JobResponse> failed = client
   *     .paginate(
   *         (limit, offset) -> client.jobs().listJobs(connectionId, limit, offset, null, null,
   *             JobStatusEnum.FAILED, null, null, null, null, null),
   *         JobsResponse::getData,
   *         50)
   *     .collect(Collectors.toList());
   * }</pre>
   *
   * <p>Pages are requested only as items are consumed ({@code limit(10)} on the stream fetches one
   * page). Iteration stops after a page shorter than {@code pageSize} or an empty page. The {@code
   * next} links in responses are not followed, so requests only go to the base URL. Errors are
   * thrown from the stream operation that needed the page.
   *
   * @param fetcher calls the generated list method with the given limit and offset
   * @param items the items of a page, such as {@code SourcesResponse::getData}
   * @param pageSize items per request, 1 to 100
   * @throws AirbyteConfigurationException if {@code pageSize} is outside 1..100
   */
  public <P, T> Stream<T> paginate(
      PageFetcher<P> fetcher, Function<? super P, ? extends List<T>> items, int pageSize) {
    return Pages.stream(fetcher, items, pageSize);
  }

  /** The normalised base URL calls go to, such as {@code https://api.airbyte.com/v1}. */
  public String baseUrl() {
    return assembly.baseUrl().toString();
  }

  /**
   * Releases the HTTP connection pool. Later calls throw {@link AirbyteConfigurationException}.
   * Closing twice does nothing.
   */
  @Override
  public void close() {
    assembly.close();
  }

  /** Base URL, kind of credentials and transport; never a secret. */
  @Override
  public String toString() {
    return "AirbyteClient{" + assembly + "}";
  }

  /**
   * Configures an {@link AirbyteClient}. Choose a base URL ({@link #cloud()}, {@link
   * #selfManaged()}, {@link #selfManaged(String)} or {@link #baseUrl(String)}) and credentials
   * ({@link #clientCredentials(String, String)}, {@link #bearerToken(String)}, {@link
   * #basicAuth(String, String)} or {@link #tokenProvider(TokenProvider)}); when a setting is given
   * twice, the last call wins. Each method checks its input at once and throws {@link
   * AirbyteConfigurationException} saying how to fix it.
   *
   * <p>Defaults: connect timeout 10 s, read timeout 60 s, 3 retries, the system clock, {@link
   * HttpTransport#APACHE_HC5}. Not thread-safe; the client it builds is.
   */
  public static final class Builder {

    private static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    private static final int MAX_RETRIES_LIMIT = 10;

    private BaseUrl baseUrl;
    private CredentialSettings credentials;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private int maxRetries = 3;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private HttpTransport transport = HttpTransport.APACHE_HC5;

    private Builder() {}

    /** Airbyte Cloud: {@code https://api.airbyte.com/v1}. */
    public Builder cloud() {
      this.baseUrl = BaseUrl.of(BaseUrl.CLOUD);
      return this;
    }

    /**
     * A self-managed Airbyte on this machine with default settings: {@code
     * http://localhost:8000/api/public/v1}.
     */
    public Builder selfManaged() {
      return selfManaged(BaseUrl.SELF_MANAGED_LOCAL_WEB_URL);
    }

    /**
     * A self-managed Airbyte, given the URL you open in a browser; {@code /api/public/v1} is
     * appended unless the URL already ends with it.
     *
     * <pre>
     * selfManaged("https://airbyte.example.com")                  // https://airbyte.example.com/api/public/v1
     * selfManaged("https://airbyte.example.com/api/public/v1/")   // https://airbyte.example.com/api/public/v1
     * selfManaged("https://example.com/airbyte")                  // https://example.com/airbyte/api/public/v1
     * selfManaged("https://airbyte.example.com/api/v1")           // rejected: the deprecated Configuration API
     * selfManaged("https://api.airbyte.com/v1")                   // rejected: that is Cloud, use cloud()
     * </pre>
     *
     * @throws AirbyteConfigurationException if the URL is unusable (see {@link #baseUrl(String)})
     */
    public Builder selfManaged(String webUrl) {
      this.baseUrl = BaseUrl.selfManaged(webUrl);
      return this;
    }

    /**
     * The API's base URL, used as given: every operation path is appended to it, including the
     * token endpoint's ({@code {baseUrl}/applications/token}). Surrounding whitespace, trailing and
     * repeated slashes, the scheme's and host's case and a default port are normalised.
     *
     * <pre>
     * Right:
     *   baseUrl("https://api.airbyte.com/v1")                   // Airbyte Cloud (same as cloud())
     *   baseUrl("https://airbyte.example.com/api/public/v1")    // self-managed
     *   baseUrl("https://gateway.example.com/airbyte/v1/")      // behind a gateway; trailing '/' dropped
     *   baseUrl("http://localhost:8000/api/public/v1")          // local (same as selfManaged())
     * Wrong:
     *   baseUrl("api.airbyte.com/v1")                           // no scheme: write https://
     *   baseUrl("https://api.airbyte.com")                      // Cloud without /v1: use cloud()
     *   baseUrl("https://airbyte.example.com")                  // the web URL: use selfManaged(url)
     *   baseUrl("https://user:pw@airbyte.example.com/api/public/v1")  // user info: use basicAuth(...)
     *   baseUrl("https://airbyte.example.com/api/public/v1?x=1")      // query or fragment
     *   baseUrl("https:///v1")                                  // no host
     * </pre>
     *
     * @throws AirbyteConfigurationException with the fix, for a URL with no or a non-HTTP scheme,
     *     user info, a query, a fragment, no host, or whitespace inside
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = BaseUrl.of(baseUrl);
      return this;
    }

    /**
     * An Airbyte application's client id and secret (Settings &gt; Applications). The client
     * exchanges them for access tokens at {@code {baseUrl}/applications/token}, caches each token
     * and renews it before it expires or after a 401.
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.credentials = CredentialSettings.clientCredentials(clientId, clientSecret);
      return this;
    }

    /** A fixed access token. Nothing can renew it: once it expires, calls fail with 401. */
    public Builder bearerToken(String accessToken) {
      this.credentials = CredentialSettings.bearerToken(accessToken);
      return this;
    }

    /** HTTP basic authentication, which some self-managed installations accept. */
    public Builder basicAuth(String user, String password) {
      this.credentials = CredentialSettings.basicAuth(user, password);
      return this;
    }

    /** Access tokens from your own provider; see {@link TokenProvider} for the 401 behaviour. */
    public Builder tokenProvider(TokenProvider provider) {
      this.credentials = CredentialSettings.tokenProvider(provider);
      return this;
    }

    /**
     * Applies the base URL and credentials found in {@code environment} (for example {@code
     * System.getenv()}), as described at {@link AirbyteClient#fromEnvironment()}.
     */
    public Builder environment(Map<String, String> environment) {
      Environment settings = new Environment(environment);
      this.baseUrl = settings.baseUrl();
      this.credentials = settings.credentials();
      return this;
    }

    /** How long to wait for a connection to be set up. Default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout("connectTimeout", timeout);
      return this;
    }

    /**
     * How long each attempt may take to receive its whole response, headers and body, counted from
     * the start of the attempt. A server that answers too slowly, or drips its body, ends the
     * attempt with {@link AirbyteTransportException} (retried like any I/O failure). Default 60 s.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout("readTimeout", timeout);
      return this;
    }

    /** Retries after a retryable failure, 0 to 10; 0 turns retrying off. Default 3. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
        throw new AirbyteConfigurationException(
            "maxRetries("
                + maxRetries
                + ") is outside 0.."
                + MAX_RETRIES_LIMIT
                + ": use 0 to turn retries off; more than "
                + MAX_RETRIES_LIMIT
                + " would only prolong an outage.");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The clock for token expiry and {@code Retry-After} dates. Default: the system clock. */
    public Builder clock(Clock clock) {
      this.clock = requireSetting("clock", clock);
      return this;
    }

    /** What waits between retries. Default: {@link Sleeper#THREAD_SLEEP}. Tests pass a fake. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireSetting("sleeper", sleeper);
      return this;
    }

    /** The HTTP library to use. Default: {@link HttpTransport#APACHE_HC5}. */
    public Builder transport(HttpTransport transport) {
      this.transport = requireSetting("transport", transport);
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws AirbyteConfigurationException if no base URL or credentials were chosen, or the
     *     transport's library is missing
     */
    public AirbyteClient build() {
      if (baseUrl == null) {
        throw new AirbyteConfigurationException(
            "No base URL: call cloud(), selfManaged(), selfManaged(webUrl) or baseUrl(url) on the builder.");
      }
      if (credentials == null) {
        throw new AirbyteConfigurationException(
            "No credentials: call clientCredentials(id, secret), bearerToken(token), basicAuth(user, password)"
                + " or tokenProvider(provider) on the builder.");
      }
      return new AirbyteClient(
          new ClientAssembly(
              baseUrl,
              credentials,
              connectTimeout,
              readTimeout,
              maxRetries,
              clock,
              sleeper,
              transport));
    }

    private static Duration checkTimeout(String name, Duration timeout) {
      requireSetting(name, timeout);
      if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
        throw new AirbyteConfigurationException(
            name
                + "("
                + timeout
                + ") must be positive and at most "
                + MAX_TIMEOUT.toHours()
                + " hour, e.g. Duration.ofSeconds(30).");
      }
      return timeout;
    }

    private static <T> T requireSetting(String name, T value) {
      if (value == null) {
        throw new AirbyteConfigurationException(
            name + "(...) got null: pass a value or leave the default.");
      }
      return value;
    }

    /** The settings chosen so far; never a secret. */
    @Override
    public String toString() {
      return "AirbyteClient.Builder{baseUrl="
          + baseUrl
          + ", credentials="
          + credentials
          + ", connectTimeout="
          + connectTimeout
          + ", readTimeout="
          + readTimeout
          + ", maxRetries="
          + maxRetries
          + ", transport="
          + transport
          + "}";
    }
  }
}
