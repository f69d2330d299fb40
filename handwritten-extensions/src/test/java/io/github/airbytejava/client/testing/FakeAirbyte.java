package io.github.airbytejava.client.testing;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A stand-in Airbyte for MockWebServer: a token endpoint at {@code /v1/applications/token} that
 * issues {@code token-1}, {@code token-2}, ... and an API that answers queued responses, then a
 * default one. Records every request.
 */
public final class FakeAirbyte extends Dispatcher {

  public static final String BASE_PATH = "/v1";
  public static final String TOKEN_PATH = BASE_PATH + "/applications/token";
  public static final String SOURCE_ID = "11111111-2222-3333-4444-555555555555";
  public static final UUID SOURCE_UUID = UUID.fromString(SOURCE_ID);
  public static final String SOURCE_JSON =
      "{\"sourceId\":\""
          + SOURCE_ID
          + "\",\"name\":\"pg\",\"sourceType\":\"postgres\","
          + "\"workspaceId\":\""
          + SOURCE_ID
          + "\",\"definitionId\":\""
          + SOURCE_ID
          + "\","
          + "\"configuration\":{},\"createdAt\":1}";
  public static final String JOB_JSON =
      "{\"jobId\":7,\"status\":\"running\",\"jobType\":\"sync\","
          + "\"startTime\":\"2026-01-01T00:00:00Z\",\"connectionId\":\""
          + SOURCE_ID
          + "\"}";

  public final AtomicInteger tokenRequests = new AtomicInteger();
  public final AtomicInteger apiRequests = new AtomicInteger();
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private final Queue<MockResponse> queuedApiResponses = new ConcurrentLinkedQueue<>();
  private final Queue<MockResponse> queuedTokenResponses = new ConcurrentLinkedQueue<>();
  private volatile IntFunction<MockResponse> tokenResponder = n -> token("token-" + n, 180);
  private volatile Function<RecordedRequest, MockResponse> apiResponder =
      r -> json(200, SOURCE_JSON);

  /** The base URL of the API that {@code server} serves: its {@link #BASE_PATH}. */
  public static String baseUrl(MockWebServer server) {
    return server.url(BASE_PATH).toString();
  }

  /** A response with {@code status}, {@code body} and a Content-Type of {@code contentType}. */
  public static MockResponse response(int status, String contentType, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", contentType)
        .body(body)
        .build();
  }

  public static MockResponse json(int code, String body) {
    return response(code, "application/json", body);
  }

  public static MockResponse token(String accessToken, long expiresIn) {
    return json(200, tokenJson(accessToken, expiresIn));
  }

  /** The token endpoint's body: {@code accessToken}, a Bearer, living {@code expiresIn} seconds. */
  public static String tokenJson(String accessToken, long expiresIn) {
    return "{\"access_token\":\""
        + accessToken
        + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn
        + "}";
  }

  public static MockResponse problem(int status, String title, String detail) {
    return response(
        status,
        "application/problem+json",
        "{\"type\":\"https://reference.airbyte.com/reference/errors\",\"title\":\""
            + title
            + "\",\"detail\":\""
            + detail
            + "\",\"status\":"
            + status
            + "}");
  }

  public FakeAirbyte enqueueApi(MockResponse... responses) {
    queuedApiResponses.addAll(List.of(responses));
    return this;
  }

  public FakeAirbyte enqueueToken(MockResponse... responses) {
    queuedTokenResponses.addAll(List.of(responses));
    return this;
  }

  public FakeAirbyte tokens(IntFunction<MockResponse> responder) {
    this.tokenResponder = responder;
    return this;
  }

  public FakeAirbyte api(Function<RecordedRequest, MockResponse> responder) {
    this.apiResponder = responder;
    return this;
  }

  public List<RecordedRequest> apiRequestsSeen() {
    return requests.stream().filter(r -> !r.getUrl().encodedPath().equals(TOKEN_PATH)).toList();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    if (request.getUrl().encodedPath().equals(TOKEN_PATH)) {
      int n = tokenRequests.incrementAndGet();
      MockResponse queued = queuedTokenResponses.poll();
      return queued != null ? queued : tokenResponder.apply(n);
    }
    apiRequests.incrementAndGet();
    MockResponse queued = queuedApiResponses.poll();
    return queued != null ? queued : apiResponder.apply(request);
  }
}
