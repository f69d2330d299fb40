package io.github.airbytejava.standin.internal.http;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.ProblemKind;
import io.github.airbytejava.standin.internal.state.StateContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every HTTP exchange, in this order: count it, strip the API prefix, find the operation in
 * the spec, authenticate (unless the spec says {@code security: []}), validate the request against
 * the spec, call the operation's handler under the state lock, bend the reply if the operation is
 * broken, write it. Any problem on the way becomes problem JSON.
 *
 * <p>Logs method, path, status and operation at debug level; never headers or bodies, which carry
 * secrets.
 */
public final class ApiDispatcher implements HttpHandler {
  /** The self-managed path style: {@code http://host:8000/api/public/v1/sources}. */
  public static final String SELF_MANAGED_PREFIX = "/api/public/v1";

  /** The Cloud path style: {@code https://api.airbyte.com/v1/sources}. */
  public static final String CLOUD_PREFIX = "/v1";

  private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);
  private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final ApiSpec spec;
  private final Router router;
  private final OperationRegistry operations;
  private final AccessTokens tokens;
  private final BiPredicate<String, String> basicCredentials;
  private final StateContext state;
  private final OperationBreaker breaker;
  private final boolean validateRequests;
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByOperation = new ConcurrentHashMap<>();

  /**
   * A dispatcher.
   *
   * @param spec the effective spec: routes, declared statuses, request validator
   * @param operations the handlers of the served operations
   * @param tokens checks access tokens
   * @param basicCredentials says whether a client id and secret sent as basic auth are an
   *     application's
   * @param state the lock that handlers run under
   * @param breaker bends the replies of broken operations
   * @param validateRequests whether to refuse requests that break the spec
   */
  public ApiDispatcher(
      ApiSpec spec,
      OperationRegistry operations,
      AccessTokens tokens,
      BiPredicate<String, String> basicCredentials,
      StateContext state,
      OperationBreaker breaker,
      boolean validateRequests) {
    this.spec = spec;
    this.router = new Router(spec.operations());
    this.operations = operations;
    this.tokens = tokens;
    this.basicCredentials = basicCredentials;
    this.state = state;
    this.breaker = breaker;
    this.validateRequests = validateRequests;
  }

  /** How many requests arrived, whatever became of them. */
  public int requestCount() {
    return requestCount.get();
  }

  /** How many requests were routed to this operation, whatever became of them (a 401 counts). */
  public int requestCount(String operationId) {
    AtomicInteger count = requestsByOperation.get(operationId);
    return count == null ? 0 : count.get();
  }

  /** Sets every count back to zero. */
  public void resetCounts() {
    requestCount.set(0);
    requestsByOperation.clear();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    requestCount.incrementAndGet();
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    SpecOperation operation = null;
    Reply reply;
    try (InputStream in = exchange.getRequestBody()) {
      String prefix = prefixOf(rawPath);
      String path = rawPath.length() == prefix.length() ? "/" : rawPath.substring(prefix.length());
      Router.Match match = router.match(method, path);
      operation = match.operation();
      requestsByOperation
          .computeIfAbsent(operation.operationId(), id -> new AtomicInteger())
          .incrementAndGet();
      reply = serve(exchange, prefix, path, match, readBody(in));
    } catch (ProblemException problem) {
      reply = Problems.reply(problem, operation);
    } catch (RuntimeException | Error bug) {
      // Never let a bug hang the client: answer 500 and say where to look.
      LOG.error("The stand-in failed on {} {}", method, rawPath, bug);
      reply =
          Problems.reply(
              new ProblemException(
                  ProblemKind.UNEXPECTED,
                  "The stand-in failed: "
                      + bug.getClass().getSimpleName()
                      + ". Its log has the stack trace."),
              operation);
    }
    LOG.debug(
        "{} {} -> {} ({})",
        method,
        rawPath,
        reply.status(),
        operation == null ? "no operation" : operation.operationId());
    write(exchange, reply);
  }

  /**
   * Serves a request routed to an operation.
   *
   * @param prefix the API prefix the client used
   * @param path the path after the prefix, e.g. {@code /sources}
   */
  private Reply serve(
      HttpExchange exchange, String prefix, String path, Router.Match match, byte[] body) {
    SpecOperation operation = match.operation();
    if (operation.requiresAuth()) {
      tokens.authenticate(exchange.getRequestHeaders().getFirst("Authorization"), basicCredentials);
    }
    Map<String, List<String>> query = ApiRequest.parseQuery(exchange.getRequestURI().getRawQuery());
    if (validateRequests) {
      validate(exchange, path, query, body);
    }
    OperationHandler handler =
        operations
            .handler(operation.operationId())
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemKind.NOT_IMPLEMENTED,
                        "The stand-in does not serve " + operation.operationId() + " yet."));
    ApiRequest request =
        new ApiRequest(
            operation,
            path,
            match.pathParameters(),
            query,
            exchange.getRequestHeaders().getFirst("Content-Type"),
            body,
            linkBase(exchange, prefix));
    Reply reply = state.atomically(() -> handler.handle(request).render());
    return breaker.apply(operation.operationId(), reply);
  }

  private void validate(
      HttpExchange exchange, String path, Map<String, List<String>> query, byte[] body) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.getRequestMethod(), path);
    query.forEach(request::withQueryParam);
    exchange.getRequestHeaders().forEach(request::withHeader);
    if (body.length > 0) {
      request.withBody(body);
    }
    ValidationReport report = spec.requestValidator().validateRequest(request.build());
    if (report.hasErrors()) {
      String messages =
          report.getMessages().stream()
              .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
              .map(ApiDispatcher::describe)
              .collect(Collectors.joining(" "));
      throw ProblemException.badRequest(
          "The request does not match the Airbyte API spec: " + messages);
    }
  }

  /**
   * A validator message with where it applies: "query parameter 'limit': ..." or "body at /name:
   * ...".
   */
  private static String describe(ValidationReport.Message message) {
    String text =
        message.getMessage().endsWith(".") ? message.getMessage() : message.getMessage() + ".";
    Optional<ValidationReport.MessageContext> context = message.getContext();
    Optional<String> parameter =
        context
            .flatMap(ValidationReport.MessageContext::getParameter)
            .map(p -> p.getIn() + " parameter '" + p.getName() + "'");
    Optional<String> pointer =
        context
            .flatMap(ValidationReport.MessageContext::getPointers)
            .map(ValidationReport.MessageContext.Pointers::getInstance)
            .map(
                instance ->
                    instance.isEmpty() || instance.equals("/") ? "body" : "body at " + instance);
    return parameter.or(() -> pointer).map(where -> where + ": " + text).orElse(text);
  }

  private static String prefixOf(String rawPath) {
    for (String prefix : List.of(SELF_MANAGED_PREFIX, CLOUD_PREFIX)) {
      if (rawPath.equals(prefix) || rawPath.startsWith(prefix + "/")) {
        return prefix;
      }
    }
    throw new ProblemException(
        ProblemKind.NO_SUCH_PATH,
        "Nothing is served at "
            + rawPath
            + ". The Airbyte API lives under "
            + SELF_MANAGED_PREFIX
            + " (or "
            + CLOUD_PREFIX
            + ", as on Airbyte Cloud).");
  }

  private static String linkBase(HttpExchange exchange, String prefix) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || host.isBlank()) {
      host =
          exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
    }
    return "http://" + host + prefix;
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ProblemException(
          ProblemKind.PAYLOAD_TOO_LARGE,
          "The body is larger than the stand-in accepts (" + MAX_BODY_BYTES + " bytes).");
    }
    return body;
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    try (exchange) {
      if (reply.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      }
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      byte[] body = reply.body();
      boolean noBody =
          body.length == 0 || reply.status() == 204 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
