package io.github.airbytejava.contract.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the consumer tests: one subclass per operation group, each test drives the real {@link
 * AirbyteClient} against Pact's mock server, so the pact it writes proves that this client sends
 * the request and decodes the response.
 *
 * <p>Every interaction is written the same way, through the helpers below:
 *
 * <ul>
 *   <li>{@link #given}: provider states ({@link States}) named as a provider implements them,
 *       parameters taken from their {@code {placeholders}} ({@link Examples#stateParameters}).
 *   <li>{@link #request}{@code (given(...).uponReceiving(description), method, path)}: an
 *       authenticated request under {@link #BASE_PATH} (self-managed form); {@code ${name}} in the
 *       path is filled by the provider from its state, and {@code Authorization} is matched by the
 *       regex {@code Bearer .+}, never by value. {@link #anonymousRequest} for the two operations
 *       that take no credentials.
 *   <li>{@link #respond} and {@link #error}: the response, its shape pinned with type matchers
 *       ({@link Shapes}); errors as Airbyte sends them, with a problem document.
 * </ul>
 *
 * <p>Interaction descriptions must be unique across the whole pact: the pin and spec checks key
 * interactions by description.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ConsumerPactTest.PROVIDER, pactVersion = PactSpecVersion.V4)
abstract class ConsumerPactTest {

  static final String CONSUMER = "airbyte-java-client";
  static final String PROVIDER = "airbyte-public-api";

  /** Where self-managed Airbyte serves the public API; the client is given it as its base URL. */
  static final String BASE_PATH = "/api/public/v1";

  /** The token the default test client sends; the pact matches any bearer token. */
  static final String ACCESS_TOKEN = "contract-test-access-token";

  static final String AUTHORIZATION = "Authorization";
  static final String BEARER_TOKEN = "Bearer .+";
  static final String JSON = "application/json.*";
  static final String PROBLEM_JSON = "application/problem\\+json.*";

  /** Leaves {@code includeSecretCoordinates} out of the query, as most callers do. */
  static final Boolean DEFAULT_SECRET_COORDINATES = null;

  /** The client under test, talking to this test's mock server with {@link #ACCESS_TOKEN}. */
  AirbyteClient client;

  @BeforeEach
  void connectToMockServer(MockServer mockServer) {
    client = clientFor(mockServer, AirbyteClient.builder().bearerToken(ACCESS_TOKEN));
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  /**
   * Finishes a client builder for the mock server: base URL in self-managed form, no retries (a
   * retried call would hit the mock server twice and the pact would not say so).
   */
  static AirbyteClient clientFor(MockServer mockServer, AirbyteClient.Builder credentials) {
    return credentials.baseUrl(mockServer.getUrl() + BASE_PATH).maxRetries(0).build();
  }

  /** The first provider state of an interaction, with its parameters; further ones are chained. */
  static PactDslWithState given(PactDslWithProvider builder, String state, String... moreStates) {
    PactDslWithState given = builder.given(state, Examples.stateParameters(state));
    for (String more : moreStates) {
      given = given.given(more, Examples.stateParameters(more));
    }
    return given;
  }

  /** The next interaction of the same pact, under its own provider state. */
  static PactDslWithState given(PactDslResponse previous, String state) {
    return previous.given(state, Examples.stateParameters(state));
  }

  /** An authenticated request without a body: {@code given(...).uponReceiving(description)}, method, path. */
  static PactDslRequestWithPath request(PactDslRequestWithoutPath interaction, String method, String path) {
    return anonymousRequest(interaction, method, path)
        .matchHeader(AUTHORIZATION, BEARER_TOKEN, "Bearer " + ACCESS_TOKEN);
  }

  /** An authenticated request with a JSON body. */
  static PactDslRequestWithPath request(
      PactDslRequestWithoutPath interaction, String method, String path, DslPart body) {
    return withJson(request(interaction, method, path), body);
  }

  /** A request that carries no credentials: the token endpoint and the health check. */
  static PactDslRequestWithPath anonymousRequest(PactDslRequestWithoutPath interaction, String method, String path) {
    String absolute = BASE_PATH + path;
    PactDslRequestWithoutPath request = interaction.method(method);
    return path.contains("${")
        ? request.pathFromProviderState(absolute, Examples.fill(absolute))
        : request.path(absolute);
  }

  /** The provider-state expression {@code ${name}}, which the provider fills from its state. */
  static String expression(String name) {
    return "${" + name + "}";
  }

  /** The example for {@code ${name}} ({@link Examples#of}), as the consumer test sends it. */
  static String example(String name) {
    return String.valueOf(Examples.of(name));
  }

  /** The request carries {@code body} as {@code application/json}, as the client sends it. */
  static PactDslRequestWithPath withJson(PactDslRequestWithPath request, DslPart body) {
    return request.matchHeader("Content-Type", JSON, "application/json").body(body);
  }

  /** A response with a JSON body. */
  static PactDslResponse respond(PactDslRequestWithPath request, int status, DslPart body) {
    return request.willRespondWith().status(status).body(body);
  }

  /** A response without a body, such as {@code 204 No Content}. */
  static PactDslResponse respond(PactDslRequestWithPath request, int status) {
    return request.willRespondWith().status(status);
  }

  /**
   * An error as Airbyte sends it: {@code application/problem+json} with a problem document
   * ({@link Shapes#problem}), as the effective spec declares for every 4xx it lists and for 401.
   */
  static PactDslResponse error(PactDslRequestWithPath request, int status) {
    return request.willRespondWith()
        .status(status)
        .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
        .body(Shapes.problem(status));
  }

  /**
   * Asserts that the call fails with the exception the client promises for this status, carrying
   * the problem document it decoded.
   */
  static <E extends AirbyteApiException> void assertFailsWith(Class<E> type, int status, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.problem()).hasValueSatisfying(problem -> {
        assertThat(problem.status()).hasValue(status);
        assertThat(problem.type()).hasValueSatisfying(uri -> assertThat(uri).startsWith(Shapes.ERROR_REFERENCE));
        assertThat(problem.title()).isPresent();
        assertThat(problem.detail()).isPresent();
      });
    });
  }
}
