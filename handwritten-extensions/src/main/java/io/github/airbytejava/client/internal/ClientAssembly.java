package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.HttpTransport;
import io.github.airbytejava.client.Sleeper;
import io.github.airbytejava.generated.api.ApplicationsApi;
import io.github.airbytejava.generated.invoker.ApiClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wires the parts of an {@code AirbyteClient} together and owns what they share: the transport, the
 * credentials and one proxy per generated interface.
 *
 * <p>Two Feign configurations share the transport, bounded in time and size by a {@link
 * BoundedBodyClient}. The token endpoint's sends no {@code Authorization} header, never logs
 * bodies, and retries its harmless {@code POST}. The API's adds the credentials (except to the
 * public operations), renews them once after a 401 and retries only what is safe to repeat.
 */
public final class ClientAssembly implements AutoCloseable {

  private final BaseUrl baseUrl;
  private final String credentialsDescription;
  private final HttpTransport transportKind;
  private final OpenTransport transport;
  private final BoundedBodyClient boundedBodies;
  private final FeignApis apis;
  private final ClosedClientGuard guard = new ClosedClientGuard();
  private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();

  /** Opens the transport and wires every part; the result must be closed. */
  public ClientAssembly(
      BaseUrl baseUrl,
      CredentialSettings credentialSettings,
      Duration connectTimeout,
      Duration readTimeout,
      int maxRetries,
      Clock clock,
      Sleeper sleeper,
      HttpTransport transportKind) {
    this.baseUrl = baseUrl;
    this.transportKind = transportKind;
    this.credentialsDescription = credentialSettings.toString();
    SecretRedactor redactor = new SecretRedactor();
    ObjectMapper mapper = ModelMapper.create();
    TransportErrors transportErrors = new TransportErrors(connectTimeout, readTimeout);
    ErrorResponses errors = new ErrorResponses(mapper, redactor, clock);
    Request.Options options = new Request.Options(connectTimeout, readTimeout, false);
    UserAgentInterceptor userAgent = new UserAgentInterceptor();

    this.transport = Transports.open(transportKind, baseUrl, connectTimeout, readTimeout);
    this.boundedBodies = new BoundedBodyClient(transport.client(), transport.bodyAbort());

    RetryPolicy tokenPolicy = RetryPolicy.forTokenRequests(maxRetries, sleeper);
    FeignApis tokenApis =
        new FeignApis(
            baseUrl,
            boundedBodies,
            options,
            mapper,
            new StatusErrorDecoder(errors, tokenPolicy),
            new PolicyRetryer(tokenPolicy, transportErrors),
            List.of(guard, userAgent),
            new RedactingLogger(true, redactor),
            transportErrors,
            true);
    Credentials credentials =
        credentialSettings.create(
            () -> tokenApis.create(ApplicationsApi.class), baseUrl, clock, redactor);

    RetryPolicy apiPolicy = RetryPolicy.forApiCalls(maxRetries, sleeper);
    this.apis =
        new FeignApis(
            baseUrl,
            new UnauthorizedRetryClient(boundedBodies, credentials),
            options,
            mapper,
            new StatusErrorDecoder(errors, apiPolicy),
            new PolicyRetryer(apiPolicy, transportErrors),
            List.of(guard, userAgent, new AuthorizationInterceptor(credentials)),
            new RedactingLogger(false, redactor),
            transportErrors,
            false);
  }

  /** The one proxy of {@code type}, created on first use. */
  public <T> T api(Class<T> type) {
    guard.checkOpen();
    if (type == null || !type.isInterface() || !ApiClient.Api.class.isAssignableFrom(type)) {
      throw new AirbyteConfigurationException(
          (type == null ? "null" : type.getName())
              + " is not a generated Airbyte API interface: pass one of io.github.airbytejava.generated.api,"
              + " such as SourcesApi.class.");
    }
    return type.cast(proxies.computeIfAbsent(type, apis::create));
  }

  /** The normalised base URL. */
  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /** Stops new calls and releases the transport. Calls in progress may fail. Idempotent. */
  @Override
  public void close() {
    if (guard.close()) {
      transport.close();
      boundedBodies.close();
    }
  }

  @Override
  public String toString() {
    return "baseUrl="
        + baseUrl
        + ", credentials="
        + credentialsDescription
        + ", transport="
        + transportKind;
  }
}
