package io.github.airbytejava.contract.conformance;

import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the client's token handling relies on: the provider answers {@code 401}, with a body the
 * spec allows, when a request carries no token, an expired one, or one it never issued. That 401
 * is what makes the client renew its token and retry once.
 */
@Order(21)
class AuthenticationConformanceIT extends ConformanceTest {

  /** Operations of several groups, all of which require a token. */
  static Stream<String> protectedPaths() {
    return Stream.of("/workspaces", "/sources", "/connections", "/jobs", "/applications", "/organizations");
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("protectedPaths")
  void aRequestWithoutATokenIsRejectedWith401(String path) {
    api.anonymous().get(path).then().statusCode(401);
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("protectedPaths")
  void aRequestWithAnExpiredTokenIsRejectedWith401(String path) {
    String expired = provider.expiredAccessToken().orElse(null);
    Assumptions.assumeTrue(expired != null,
        "No expired token of this Airbyte: set AIRBYTE_EXPIRED_ACCESS_TOKEN to one to run this check");

    api.withToken(expired).get(path).then().statusCode(401);
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("protectedPaths")
  void aRequestWithATokenTheProviderNeverIssuedIsRejectedWith401(String path) {
    api.withToken("never-issued-by-this-airbyte").get(path).then().statusCode(401);
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("protectedPaths")
  void theSameRequestWithAValidTokenSucceeds(String path) {
    api.request().get(path).then().statusCode(200);
  }
}
