package io.github.airbytejava.standin.internal.http;

import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.ProblemKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the spec operation for a method and a path. The route table is the spec itself: there is no
 * second list of paths to keep in step with it.
 *
 * <p>Where a literal segment and a parameter could both match ({@code /applications/token} and
 * {@code /applications/{applicationId}}), the template with more literal segments wins.
 */
public final class Router {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  private final List<Route> routes;

  /** A router over these operations. */
  public Router(List<SpecOperation> operations) {
    List<Route> compiled = new ArrayList<>();
    for (SpecOperation operation : operations) {
      compiled.add(Route.compile(operation));
    }
    compiled.sort(Comparator.comparingInt(Route::literalSegments).reversed());
    this.routes = List.copyOf(compiled);
  }

  /**
   * The operation for this request.
   *
   * @param method upper-case HTTP method
   * @param rawPath the path relative to the API root, still percent-encoded, e.g. {@code
   *     /sources/abc}
   * @throws ProblemException {@link ProblemKind#NO_SUCH_PATH} or {@link
   *     ProblemKind#METHOD_NOT_ALLOWED}
   */
  public Match match(String method, String rawPath) {
    String path = rawPath.isEmpty() ? "/" : rawPath;
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Matcher matcher = route.pattern.matcher(path);
      if (!matcher.matches()) {
        continue;
      }
      if (!route.operation.method().equals(method)) {
        allowed.add(route.operation.method());
        continue;
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      for (int i = 0; i < route.parameterNames.size(); i++) {
        parameters.put(route.parameterNames.get(i), decode(matcher.group(i + 1)));
      }
      return new Match(route.operation, parameters);
    }
    if (!allowed.isEmpty()) {
      throw new ProblemException(
          ProblemKind.METHOD_NOT_ALLOWED,
          method
              + " is not an operation on "
              + path
              + ". Allowed: "
              + String.join(", ", allowed)
              + ".");
    }
    throw new ProblemException(
        ProblemKind.NO_SUCH_PATH,
        "No operation of the Airbyte public API has the path " + path + ".");
  }

  private static String decode(String segment) {
    // Path segments use percent-encoding only: a '+' is a plus, not a space.
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * A matched operation.
   *
   * @param operation the spec operation
   * @param pathParameters decoded path parameters by name
   */
  public record Match(SpecOperation operation, Map<String, String> pathParameters) {}

  private record Route(
      SpecOperation operation, Pattern pattern, List<String> parameterNames, int literalSegments) {
    static Route compile(SpecOperation operation) {
      String template = operation.pathTemplate();
      StringBuilder regex = new StringBuilder();
      List<String> names = new ArrayList<>();
      Matcher matcher = PARAMETER.matcher(template);
      int last = 0;
      while (matcher.find()) {
        regex.append(Pattern.quote(template.substring(last, matcher.start())));
        regex.append("([^/]+)");
        names.add(matcher.group(1));
        last = matcher.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      int literals = 0;
      for (String segment : template.split("/")) {
        if (!segment.isEmpty() && !segment.contains("{")) {
          literals++;
        }
      }
      return new Route(operation, Pattern.compile(regex.toString()), List.copyOf(names), literals);
    }
  }
}
