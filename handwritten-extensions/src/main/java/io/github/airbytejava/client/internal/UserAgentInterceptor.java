package io.github.airbytejava.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Sends {@code User-Agent: airbyte-java-client/<version> Java/<java.version>}, so Airbyte can tell
 * this client's traffic apart. The version comes from a resource filtered at build time, then the
 * jar manifest.
 */
public final class UserAgentInterceptor implements RequestInterceptor {

  private static final String USER_AGENT = "User-Agent";

  private final String value = userAgent();

  /** The {@code User-Agent} header value this client sends. */
  public static String userAgent() {
    return "airbyte-java-client/" + clientVersion() + " Java/" + System.getProperty("java.version");
  }

  /** This client's version, such as {@code 0.1.0}, or {@code unknown}. */
  public static String clientVersion() {
    try (InputStream in =
        UserAgentInterceptor.class.getResourceAsStream(
            "/io/github/airbytejava/client/version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version.strip();
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String version = UserAgentInterceptor.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader(USER_AGENT);
    template.header(USER_AGENT, value);
  }
}
