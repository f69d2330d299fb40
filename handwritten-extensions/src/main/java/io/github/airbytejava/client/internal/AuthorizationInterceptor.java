package io.github.airbytejava.client.internal;

import feign.MethodMetadata;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Set;

/**
 * Puts the current credentials in the {@code Authorization} header of every request to an operation
 * that needs them, and leaves the header off the {@link #PUBLIC_OPERATIONS}.
 *
 * <p>Why leave it off: a health check must work while the credentials are wrong or the token
 * endpoint is down (it is how a caller finds out), and a credential must not travel where nothing
 * asks for it (the token endpoint has no use for a bearer token).
 *
 * <p>Feign runs interceptors again on the same template for every retry, and {@code header()} adds
 * a value: the old header is removed first, so a retried request carries one header, not two.
 */
public final class AuthorizationInterceptor implements RequestInterceptor {

  /**
   * The operations the spec marks {@code security: []}, by operation id; the generated methods are
   * named after it (plus {@code WithHttpInfo} for the variant returning headers). A test compares
   * this set with the effective spec, so an operation Airbyte opens or closes later fails the build
   * instead of silently sending credentials, or not sending them.
   */
  public static final Set<String> PUBLIC_OPERATIONS =
      Set.of("getDocumentation", "getHealthCheck", "createAccessToken", "oauthCallback");

  static final String AUTHORIZATION = "Authorization";

  private static final String WITH_HTTP_INFO = "WithHttpInfo";

  private final Credentials credentials;

  /** An interceptor sending {@code credentials}. */
  public AuthorizationInterceptor(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader(AUTHORIZATION);
    if (isPublic(template.methodMetadata())) {
      return; // before asking for credentials, so that no token is fetched for it either
    }
    template.header(AUTHORIZATION, credentials.authorizationHeader());
  }

  /** Whether the generated method behind {@code metadata} is one of the public operations. */
  static boolean isPublic(MethodMetadata metadata) {
    if (metadata == null || metadata.method() == null) {
      return false; // unknown: send credentials, the safe default for this API
    }
    String name = metadata.method().getName();
    if (name.endsWith(WITH_HTTP_INFO)) {
      name = name.substring(0, name.length() - WITH_HTTP_INFO.length());
    }
    return PUBLIC_OPERATIONS.contains(name);
  }
}
