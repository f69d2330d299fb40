package io.github.airbytejava.contract.conformance;

import io.github.airbytejava.contract.provider.ProviderUnderTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * REST Assured requests to the provider, each validated against the effective spec with its
 * response ({@link SpecValidation}): {@link #request()} with a real token, {@link #withToken} with
 * a given one, {@link #anonymous()} with none. Paths are relative to the API base path ({@code
 * /sources/{sourceId}}). Nothing is logged, so no token or secret is printed.
 */
final class ConformanceApi {

  private final ProviderUnderTest provider;

  ConformanceApi(ProviderUnderTest provider) {
    this.provider = provider;
  }

  /** The provider the requests go to. */
  ProviderUnderTest provider() {
    return provider;
  }

  /** A request with a valid token of the provider. */
  RequestSpecification request() {
    return withToken(provider.accessToken());
  }

  /** A request that sends {@code token} as its bearer token. */
  RequestSpecification withToken(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** A request without credentials. */
  RequestSpecification anonymous() {
    URI base = URI.create(provider.baseUrl());
    return RestAssured.given()
        .baseUri(base.getScheme() + "://" + base.getRawAuthority())
        .basePath(provider.basePath())
        .filter(SpecValidation.filter(provider.basePath()))
        .contentType(ContentType.JSON)
        .accept("application/json, application/problem+json");
  }
}
