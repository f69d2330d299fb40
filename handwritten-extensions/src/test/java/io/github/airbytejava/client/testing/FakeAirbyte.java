package io.github.airbytejava.client.testing;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
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

  public final AtomicInteger tokenRequests = new AtomicInteger();
  public final AtomicInteger apiRequests = new AtomicInteger();
  public final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private final Queue<MockResponse> queuedApiResponses = new ConcurrentLinkedQueue<>();
  private final Queue<MockResponse> queuedTokenResponses = new ConcurrentLinkedQueue<>();
  private volatile IntFunction<MockResponse> tokenResponder = n -> token("token-" + n, 180);
  private volatile Function<RecordedRequest, MockResponse> apiResponder =
      r -> json(200, SOURCE_JSON);

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  public static MockResponse token(String accessToken, long expiresIn) {
    return json(
        200,
        "{\"access_token\":\""
            + accessToken
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresIn
            + "}");
  }

  public static MockResponse problem(int status, String title, String detail) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/problem+json")
        .body(
            "{\"type\":\"https://reference.airbyte.com/reference/errors\",\"title\":\""
                + title
                + "\",\"detail\":\""
                + detail
                + "\",\"status\":"
                + status
                + "}")
        .build();
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
