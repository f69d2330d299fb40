package io.github.airbytejava.client.internal;

import io.github.airbytejava.client.AirbyteConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The validated, normalised base URL of the Airbyte public API, and the URLs derived from it.
 *
 * <p>Normalising trims surrounding whitespace, lower-cases the scheme and host, drops a default
 * port, collapses repeated slashes, resolves {@code .} and {@code ..} segments and removes trailing
 * slashes, so {@code " HTTPS://Api.Airbyte.com:443//v1/ "} becomes {@code
 * https://api.airbyte.com/v1}. Normalising a normalised URL changes nothing.
 *
 * <p>Rejected, with a message that says what to change: a missing or non-HTTP scheme, user info
 * ({@code https://user:pw@host}), a query or fragment, an empty host, whitespace inside the URL,
 * the Airbyte Cloud host without {@code /v1}, and the deprecated Configuration API path.
 *
 * <p>Every derived URL keeps the base path: the token endpoint of {@code
 * https://api.airbyte.com/v1} is {@code https://api.airbyte.com/v1/applications/token}, never
 * {@code https://api.airbyte.com/applications/token} (which answers 404).
 */
public final class BaseUrl {

  /** Airbyte Cloud's public API. */
  public static final String CLOUD = "https://api.airbyte.com/v1";

  /** The web URL of a self-managed Airbyte installed locally with its defaults. */
  public static final String SELF_MANAGED_LOCAL_WEB_URL = "http://localhost:8000";

  /** Where a self-managed Airbyte serves the public API, below its web URL. */
  public static final String PUBLIC_API_PATH = "/api/public/v1";

  private static final String TOKEN_PATH = "/applications/token";
  private static final String CLOUD_API_HOST = "api.airbyte.com";
  private static final String CLOUD_WEB_HOST = "cloud.airbyte.com";
  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
  private static final Pattern USER_INFO =
      Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?[^/?#@]*@");

  private final String scheme;
  private final String host;
  private final int port;
  private final String path;
  private final String text;

  private BaseUrl(String scheme, String host, int port, String path) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.path = path;
    this.text = scheme + "://" + host + (port == -1 ? "" : ":" + port) + path;
  }

  /**
   * The base URL exactly as given, after validation and normalisation.
   *
   * @throws AirbyteConfigurationException if the URL cannot be used; the message says how to fix it
   */
  public static BaseUrl of(String raw) {
    if (raw == null) {
      throw invalid(
          "The base URL is null",
          "pass one such as " + CLOUD + ", or use cloud() or selfManaged()");
    }
    String trimmed = raw.strip();
    String shown = "'" + maskUserInfo(trimmed) + "'";
    if (trimmed.isEmpty()) {
      throw invalid(
          "The base URL is empty",
          "pass one such as " + CLOUD + ", or use cloud() or selfManaged()");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw invalid(
            "The base URL " + shown + " contains whitespace or a control character at index " + i,
            "remove it (write %20 if a space really belongs in the path)");
      }
    }
    if (!trimmed.contains("://")) {
      boolean hostAndPort = !SCHEME.matcher(trimmed).matches() || trimmed.matches("^[^:/]+:\\d.*");
      String example = hostAndPort ? "https://" + maskUserInfo(trimmed) : CLOUD;
      throw invalid(
          "The base URL " + shown + " does not start with http:// or https://",
          "write the scheme, e.g. '" + example + "'");
    }
    String scheme = trimmed.substring(0, trimmed.indexOf("://")).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(
          "The base URL " + shown + " uses the scheme '" + scheme + "'", "use http:// or https://");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      // The exception's own message repeats the input, which may hold user info: use its parts.
      throw invalid(
          "The base URL "
              + shown
              + " is not a valid URL ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + ")",
          "percent-encode special characters, e.g. https://airbyte.example.com/api/public/v1");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid(
          "The base URL " + shown + " contains user info before the host",
          "remove it and pass credentials with clientCredentials(...), bearerToken(...) or basicAuth(...)");
    }
    if (uri.getRawQuery() != null) {
      throw invalid(
          "The base URL " + shown + " has a query ('?" + uri.getRawQuery() + "')",
          "remove it: query parameters are arguments of the API methods");
    }
    if (uri.getRawFragment() != null) {
      throw invalid(
          "The base URL " + shown + " has a fragment ('#" + uri.getRawFragment() + "')",
          "remove it");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw invalid(
          "The base URL "
              + shown
              + " has no host (or one Java cannot parse, such as a name with '_')",
          "write a host name, e.g. https://airbyte.example.com/api/public/v1");
    }
    host = host.toLowerCase(Locale.ROOT);
    int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
    BaseUrl url = new BaseUrl(scheme, host, port, normalisePath(uri.getRawPath()));
    url.rejectKnownMistakes();
    return url;
  }

  /**
   * The public API of a self-managed Airbyte: its web URL plus {@code /api/public/v1}, unless the
   * URL already ends with that path. {@code https://airbyte.example.com} and {@code
   * https://airbyte.example.com/api/public/v1/} both give {@code
   * https://airbyte.example.com/api/public/v1}.
   *
   * @throws AirbyteConfigurationException if the URL cannot be used, is Airbyte Cloud's, or has a
   *     path going beyond {@code /api/public/v1}
   */
  public static BaseUrl selfManaged(String webUrl) {
    BaseUrl web = of(webUrl);
    if (web.host.equals(CLOUD_API_HOST) || web.host.equals(CLOUD_WEB_HOST)) {
      throw invalid(
          "'" + web + "' is Airbyte Cloud, not a self-managed Airbyte",
          "use cloud() instead of selfManaged(...)");
    }
    if (web.path.endsWith(PUBLIC_API_PATH)) {
      return web;
    }
    if (web.path.contains(PUBLIC_API_PATH + "/")) {
      throw invalid(
          "'" + web + "' is an API URL with an operation path, not the web URL of an Airbyte",
          "pass the web URL (the part before " + PUBLIC_API_PATH + "), or use baseUrl(...)");
    }
    return new BaseUrl(web.scheme, web.host, web.port, web.path + PUBLIC_API_PATH);
  }

  private void rejectKnownMistakes() {
    if (host.equals(CLOUD_API_HOST) && path.isEmpty()) {
      throw invalid(
          "The base URL '" + text + "' lacks Airbyte Cloud's API path",
          "use cloud(), which is " + CLOUD);
    }
    if (host.equals(CLOUD_WEB_HOST)) {
      throw invalid(
          "'" + text + "' is Airbyte Cloud's web app, not its API",
          "use cloud(), which is " + CLOUD);
    }
    if (path.endsWith("/api/v1")) {
      throw invalid(
          "The base URL '" + text + "' points at Airbyte's deprecated Configuration API (/api/v1)",
          "use the public API: selfManaged(\"<your web URL>\") or a URL ending in "
              + PUBLIC_API_PATH);
    }
  }

  /** Repeated slashes collapsed, dot segments resolved, no trailing slash; "" for the root. */
  private static String normalisePath(String rawPath) {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : (rawPath == null ? "" : rawPath).split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(segment);
    }
    return path.toString();
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }

  /** {@code raw} with anything between the scheme and an {@code @} replaced by {@code ***}. */
  static String maskUserInfo(String raw) {
    return USER_INFO.matcher(raw).replaceFirst("$1***@");
  }

  private static AirbyteConfigurationException invalid(String problem, String fix) {
    return new AirbyteConfigurationException(problem + ": " + fix + ".");
  }

  /** The URL of the token endpoint: this base URL plus {@code /applications/token}. */
  public String tokenUrl() {
    return text + TOKEN_PATH;
  }

  /** The path part, such as {@code /v1}; empty when the API is served at the root. */
  public String path() {
    return path;
  }

  /**
   * Whether {@code url} has this base URL's origin (scheme, host and port). Credentials are only
   * ever sent to this origin.
   */
  public boolean isSameOrigin(String url) {
    try {
      URI other = new URI(url);
      String otherScheme =
          other.getScheme() == null ? "" : other.getScheme().toLowerCase(Locale.ROOT);
      if (!otherScheme.equals(scheme) || other.getHost() == null) {
        return false;
      }
      int otherPort = other.getPort() == -1 ? defaultPort(otherScheme) : other.getPort();
      int ownPort = port == -1 ? defaultPort(scheme) : port;
      return other.getHost().equalsIgnoreCase(host) && otherPort == ownPort;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaseUrl && ((BaseUrl) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The normalised URL, such as {@code https://api.airbyte.com/v1}. */
  @Override
  public String toString() {
    return text;
  }
}
