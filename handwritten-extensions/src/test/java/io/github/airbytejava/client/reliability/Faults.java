package io.github.airbytejava.client.reliability;

import static io.github.airbytejava.client.testing.FakeAirbyte.JOB_JSON;
import static io.github.airbytejava.client.testing.FakeAirbyte.json;
import static io.github.airbytejava.client.testing.FakeAirbyte.response;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.reliability.Rig.Auth;
import io.github.airbytejava.client.testing.FakeAirbyte;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant;
import io.github.airbytejava.generated.model.ApplicationTokenRequestWithGrant.GrantTypeEnum;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;

/**
 * The faults of the reliability suite, each a scenario run on a {@link Rig}: it sets up loopback
 * servers that misbehave in one way, makes its calls, and leaves their outcomes in the rig. The
 * tests of each fault assert what the outcomes must be; {@link #ALL} lets the secrets and leak
 * tests run every fault again under their own conditions.
 */
final class Faults {

  /** One scenario; it makes calls through {@code rig} and asserts nothing itself. */
  @FunctionalInterface
  interface Scenario {
    void run(Rig rig) throws Exception;
  }

  /** A named scenario. */
  record Fault(String name, Scenario scenario) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String SOURCE_JSON = FakeAirbyte.SOURCE_JSON;
  static final String PROXY_PAGE =
      "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
          + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

  /** Secrets of other applications that pass through the API's own bodies. */
  static final String OTHER_APP_SECRET = "other-app-secret-2b9d47";

  static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  static final List<Fault> ALL = catalog();

  private Faults() {}

  private static List<Fault> catalog() {
    List<Fault> all = new ArrayList<>();
    all.add(new Fault("connection refused", Faults::connectionRefused));
    for (boolean post : new boolean[] {false, true}) {
      String method = post ? "POST" : "GET";
      all.add(new Fault("reset before the response, " + method, r -> resetBeforeResponse(r, post)));
      all.add(new Fault("reset in the middle of the body, " + method, r -> resetMidBody(r, post)));
      all.add(new Fault("accepted, never answered, " + method, r -> neverAnswers(r, post)));
      all.add(new Fault("503 storm, " + method, r -> gatewayStorm(r, 503, 3, post)));
      all.add(new Fault("HTML page with 502, " + method, r -> proxyPage(r, 502, post)));
    }
    all.add(new Fault("slow drip beyond the deadline", Faults::slowDrip));
    all.add(new Fault("slow drip within the deadline", Faults::slowDripWithinDeadline));
    all.add(new Fault("empty 200 body", Faults::emptyBody));
    all.add(new Fault("truncated JSON body", Faults::truncatedJson));
    all.add(new Fault("500 storm, GET", r -> gatewayStorm(r, 500, 3, false)));
    all.add(new Fault("503 storm that recovers, GET", r -> gatewayStorm(r, 503, 2, false)));
    all.add(new Fault("429 asking for a day", r -> rateLimited(r, "86400")));
    all.add(new Fault("HTML page with 200", r -> proxyPage(r, 200, false)));
    all.add(
        new Fault(
            "Content-Type JSON, body HTML", r -> mislabeled(r, "application/json", PROXY_PAGE)));
    all.add(
        new Fault("Content-Type text, body JSON", r -> mislabeled(r, "text/plain", SOURCE_JSON)));
    all.add(new Fault("redirect to another origin", r -> redirect(r, true)));
    all.add(new Fault("redirect loop", r -> redirect(r, false)));
    all.add(new Fault("10 MB body", r -> largeBody(r, TEN_MEGABYTES)));
    all.add(new Fault("endless body", Faults::endlessBody));
    all.add(new Fault("10 GB declared", Faults::hugeDeclaredLength));
    all.add(new Fault("JSON nesting bomb", r -> nested(r, 100_000)));
    all.add(new Fault("error body echoing the credentials", Faults::errorEchoesCredentials));
    all.add(new Fault("other applications' secrets in bodies", Faults::applicationSecrets));
    all.add(new Fault("token endpoint down, token valid", Faults::tokenEndpointDown));
    all.add(new Fault("token endpoint 500", Faults::tokenEndpointFails));
    all.add(new Fault("token expires_in 0", r -> tokenLifetime(r, 0)));
    all.add(new Fault("token expires_in negative", r -> tokenLifetime(r, -60)));
    return List.copyOf(all);
  }

  // ---- sockets ------------------------------------------------------------------------------

  static void connectionRefused(Rig rig) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    rig.get(rig.client("http://127.0.0.1:" + port + "/v1"));
  }

  static void resetBeforeResponse(Rig rig, boolean post) throws Exception {
    ScriptedServer server = rig.scripted().otherwise(ScriptedServer.resetBeforeResponse());
    call(rig, rig.client(server.baseUrl()), post);
  }

  /** The first attempt breaks off halfway through the body; the server then recovers. */
  static void resetMidBody(Rig rig, boolean post) throws Exception {
    String body = post ? JOB_JSON : SOURCE_JSON;
    ScriptedServer server =
        rig.scripted()
            .enqueue(ScriptedServer.resetMidBody(body))
            .otherwise(ScriptedServer.respond(200, "application/json", body));
    call(rig, rig.client(server.baseUrl()), post);
  }

  static void neverAnswers(Rig rig, boolean post) throws Exception {
    rig.readTimeout = Rig.SHORT_READ_TIMEOUT;
    ScriptedServer server = rig.scripted().otherwise(ScriptedServer.neverAnswer());
    call(rig, rig.client(server.baseUrl()), post);
  }

  /** A valid body, one byte every 25 ms: about 8 s, far beyond the short read timeout. */
  static void slowDrip(Rig rig) throws Exception {
    rig.readTimeout = Rig.SHORT_READ_TIMEOUT;
    ScriptedServer server = rig.scripted().otherwise(ScriptedServer.drip(SOURCE_JSON, 25));
    rig.get(rig.client(server.baseUrl()));
  }

  /** A small body, one byte every 20 ms (about 0.3 s), with a 2 s read timeout. */
  static void slowDripWithinDeadline(Rig rig) throws Exception {
    ScriptedServer server = rig.scripted().otherwise(ScriptedServer.drip("{\"name\":\"pg\"}", 20));
    rig.readTimeout = Duration.ofSeconds(2);
    rig.get(rig.client(server.baseUrl()));
  }

  static void endlessBody(Rig rig) throws Exception {
    ScriptedServer server = rig.scripted().otherwise(ScriptedServer.endlessBody());
    rig.get(rig.client(server.baseUrl()));
  }

  /** A head declaring 10 GB, then silence. */
  static void hugeDeclaredLength(Rig rig) throws Exception {
    ScriptedServer server =
        rig.scripted()
            .otherwise(
                exchange -> {
                  exchange.write(
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          + "Content-Length: 10737418240\r\n\r\n{");
                  exchange.stall();
                });
    rig.get(rig.client(server.baseUrl()));
  }

  // ---- responses ----------------------------------------------------------------------------

  static void emptyBody(Rig rig) throws Exception {
    answerAlways(rig, () -> json(200, ""), false);
  }

  static void truncatedJson(Rig rig) throws Exception {
    answerAlways(rig, () -> json(200, SOURCE_JSON.substring(0, SOURCE_JSON.length() / 2)), false);
  }

  /** {@code failures} responses with {@code status}, then success. */
  static void gatewayStorm(Rig rig, int status, int failures, boolean post) throws Exception {
    FakeAirbyte airbyte = new FakeAirbyte().api(r -> json(200, post ? JOB_JSON : SOURCE_JSON));
    for (int i = 0; i < failures; i++) {
      airbyte.enqueueApi(json(status, "{\"title\":\"busy\",\"status\":" + status + "}"));
    }
    call(rig, rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte))), post);
  }

  /** 429 with {@code Retry-After: retryAfter}, then success. */
  static void rateLimited(Rig rig, String retryAfter) throws Exception {
    FakeAirbyte airbyte =
        new FakeAirbyte()
            .enqueueApi(
                new MockResponse.Builder()
                    .code(429)
                    .addHeader("Retry-After", retryAfter)
                    .addHeader("Content-Type", "application/json")
                    .body("{\"title\":\"Too Many Requests\",\"status\":429}")
                    .build());
    rig.get(rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte))));
  }

  /** A proxy's HTML page with {@code status}, every time. */
  static void proxyPage(Rig rig, int status, boolean post) throws Exception {
    answerAlways(rig, () -> response(status, "text/html", PROXY_PAGE), post);
  }

  static void mislabeled(Rig rig, String contentType, String body) throws Exception {
    answerAlways(rig, () -> response(200, contentType, body), false);
  }

  /** A 302 to another loopback origin, or to the same URL again. */
  static void redirect(Rig rig, boolean toAnotherOrigin) throws Exception {
    MockWebServer other = rig.mock(new FakeAirbyte());
    FakeAirbyte airbyte = new FakeAirbyte();
    MockWebServer server = rig.mock(airbyte);
    MockWebServer target = toAnotherOrigin ? other : server;
    airbyte.api(
        r ->
            new MockResponse.Builder()
                .code(302)
                .addHeader("Location", target.url(r.getUrl().encodedPath()).toString())
                .build());
    rig.get(rig.client(FakeAirbyte.baseUrl(server)));
  }

  /** A valid source whose name makes the body {@code bytes} long. */
  static void largeBody(Rig rig, int bytes) throws Exception {
    answerAlways(rig, () -> json(200, sourceOfSize(bytes)), false);
  }

  static String sourceOfSize(int bytes) {
    String start = "{\"sourceId\":\"" + FakeAirbyte.SOURCE_ID + "\",\"name\":\"";
    String end = "\"}";
    return start + "x".repeat(bytes - start.length() - end.length()) + end;
  }

  /** A valid source, padded with whitespace to exactly {@code bytes}, maybe without a length. */
  static void paddedBody(Rig rig, long bytes, boolean chunked) throws Exception {
    String body = SOURCE_JSON + " ".repeat((int) (bytes - SOURCE_JSON.length()));
    answerAlways(
        rig,
        () ->
            chunked
                ? new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .chunkedBody(body, 1024 * 1024)
                    .build()
                : json(200, body),
        false);
  }

  /** A source whose configuration nests arrays so that the document is {@code depth} deep. */
  static void nested(Rig rig, int depth) throws Exception {
    int arrays = depth - 1; // the source object itself is the first level
    answerAlways(
        rig,
        () ->
            json(
                200,
                "{\"configuration\":"
                    + "[".repeat(arrays)
                    + "]".repeat(arrays)
                    + ",\"name\":\"deep\"}"),
        false);
  }

  // ---- secrets in bodies ---------------------------------------------------------------------

  /** A 400 whose detail repeats the request's Authorization header. */
  static void errorEchoesCredentials(Rig rig) throws Exception {
    FakeAirbyte airbyte =
        new FakeAirbyte()
            .api(
                r ->
                    json(
                        400,
                        "{\"title\":\"Bad Request\",\"detail\":\"rejected header "
                            + r.getHeaders().get("Authorization")
                            + "\"}"));
    rig.get(rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte))));
  }

  /**
   * Calls that carry credentials in their own bodies, made through the API: listing applications
   * (each with its client secret) and requesting a token for another application.
   */
  static void applicationSecrets(Rig rig) throws Exception {
    FakeAirbyte airbyte =
        new FakeAirbyte()
            .api(
                r ->
                    json(
                        200,
                        "{\"applications\":[{\"id\":\"app-1\",\"name\":\"other\","
                            + "\"clientId\":\"other-id\",\"clientSecret\":\""
                            + OTHER_APP_SECRET
                            + "\",\"createdAt\":1}]}"));
    AirbyteClient client = rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte)));
    rig.call(() -> client.applications().listApplications());
    rig.call(
        () ->
            client
                .applications()
                .createAccessToken(
                    new ApplicationTokenRequestWithGrant()
                        .clientId("other-id")
                        .clientSecret(OTHER_APP_SECRET)
                        .grantType(GrantTypeEnum.CLIENT_CREDENTIALS)));
  }

  // ---- the token endpoint --------------------------------------------------------------------

  /**
   * A 180 s token is fetched; the endpoint then drops every connection. Calls go on with the cached
   * token past its renewal point (144 s), fail once it expired (180 s), and work again when the
   * endpoint is back.
   */
  static void tokenEndpointDown(Rig rig) throws Exception {
    FakeAirbyte airbyte = new FakeAirbyte();
    AirbyteClient client =
        rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte)), Auth.CLIENT_CREDENTIALS);
    rig.get(client);
    airbyte.tokens(
        n -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    rig.clock.advance(Duration.ofSeconds(150));
    rig.get(client);
    rig.clock.advance(Duration.ofSeconds(31));
    rig.get(client);
    airbyte.tokens(n -> FakeAirbyte.token(Rig.ISSUED_TOKEN_PREFIX + n, 180));
    rig.get(client);
  }

  static void tokenEndpointFails(Rig rig) throws Exception {
    FakeAirbyte airbyte = new FakeAirbyte();
    MockWebServer server = rig.mock(airbyte);
    airbyte.tokens(n -> FakeAirbyte.problem(500, "Internal Server Error", "token store down"));
    rig.get(rig.client(FakeAirbyte.baseUrl(server), Auth.CLIENT_CREDENTIALS));
  }

  /** Tokens with {@code expires_in: seconds}; three calls ten seconds apart. */
  static void tokenLifetime(Rig rig, long seconds) throws Exception {
    FakeAirbyte airbyte = new FakeAirbyte();
    MockWebServer server = rig.mock(airbyte);
    airbyte.tokens(n -> FakeAirbyte.token(Rig.ISSUED_TOKEN_PREFIX + n, seconds));
    AirbyteClient client = rig.client(FakeAirbyte.baseUrl(server), Auth.CLIENT_CREDENTIALS);
    for (int i = 0; i < 3; i++) {
      rig.get(client);
      rig.clock.advance(Duration.ofSeconds(10));
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static void answerAlways(Rig rig, Supplier<MockResponse> response, boolean post)
      throws Exception {
    FakeAirbyte airbyte = new FakeAirbyte().api(r -> response.get());
    call(rig, rig.client(FakeAirbyte.baseUrl(rig.mock(airbyte))), post);
  }

  private static void call(Rig rig, AirbyteClient client, boolean post) {
    if (post) {
      rig.post(client);
    } else {
      rig.get(client);
    }
  }
}
