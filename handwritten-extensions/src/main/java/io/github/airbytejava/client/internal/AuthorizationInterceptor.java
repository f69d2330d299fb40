package io.github.airbytejava.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Puts the current credentials in the {@code Authorization} header of every request.
 *
 * <p>Feign runs interceptors again on the same template for every retry, and {@code header()} adds
 * a value: the old header is removed first, so a retried request carries one header, not two.
 */
public final class AuthorizationInterceptor implements RequestInterceptor {

  static final String AUTHORIZATION = "Authorization";

  private final Credentials credentials;

  /** An interceptor sending {@code credentials}. */
  public AuthorizationInterceptor(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void apply(RequestTemplate template) {
    String value = credentials.authorizationHeader();
    template.removeHeader(AUTHORIZATION);
    template.header(AUTHORIZATION, value);
  }
}
