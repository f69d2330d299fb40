package io.github.airbytejava.client.internal;

import feign.Client;
import feign.Request;
import feign.http2client.Http2Client;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.HttpTransport;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Opens the HTTP transport: one pooled client per {@code AirbyteClient}. No transport follows
 * redirects, so the {@code Authorization} header can never be carried to another origin.
 */
public final class Transports {

  private Transports() {}

  /**
   * Opens a transport of the given kind.
   *
   * @throws AirbyteConfigurationException if the kind's library is not on the classpath
   */
  public static OpenTransport open(
      HttpTransport kind, BaseUrl baseUrl, Duration connectTimeout, Duration readTimeout) {
    switch (kind) {
      case JDK:
        return openJdk(baseUrl, connectTimeout);
      case URL_CONNECTION:
        return openUrlConnection();
      case APACHE_HC5:
      default:
        if (!onClasspath("feign.hc5.ApacheHttp5Client")
            || !onClasspath("org.apache.hc.client5.http.impl.classic.HttpClients")) {
          throw new AirbyteConfigurationException(
              "HttpTransport.APACHE_HC5 needs io.github.openfeign:feign-hc5 and Apache HttpClient 5 on"
                  + " the classpath, which airbyte-api-client brings: if your build excludes them,"
                  + " add them back (feign-hc5 in the same version as feign-core) or choose"
                  + " .transport(HttpTransport.JDK).");
        }
        return ApacheTransport.open(connectTimeout, readTimeout);
    }
  }

  private static OpenTransport openJdk(BaseUrl baseUrl, Duration connectTimeout) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/2 is negotiated over TLS; over plain HTTP the JDK would attempt an h2c upgrade
            // dance on every new connection, which many servers and proxies mishandle.
            .version(
                baseUrl.toString().startsWith("https:")
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .build();
    // From Java 21 the JDK client can be closed; on 17 its threads end once it is unreachable.
    AutoCloseable release =
        () -> {
          if (http instanceof AutoCloseable) {
            ((AutoCloseable) http).close();
          }
        };
    return new OpenTransport(new Http2Client(http), release);
  }

  private static OpenTransport openUrlConnection() {
    // Timeouts and "no redirects" come with each request's Request.Options. Streaming the body
    // (true) keeps the JDK from resending a POST whose kept-alive connection turned out dead.
    Client urlConnection = new Client.Default(null, null, true);
    Client client =
        (request, options) -> {
          // HttpURLConnection refuses PATCH before sending anything; say so, rather than let it
          // look like a network failure.
          if (request.httpMethod() == Request.HttpMethod.PATCH) {
            throw new AirbyteConfigurationException(
                "HttpTransport.URL_CONNECTION cannot send PATCH (java.net.HttpURLConnection does not"
                    + " support it), which the update operations use: choose HttpTransport.APACHE_HC5"
                    + " or HttpTransport.JDK.");
          }
          return urlConnection.execute(request, options);
        };
    // The JDK owns the connection cache, so there is nothing to release.
    return new OpenTransport(client, () -> {});
  }

  private static boolean onClasspath(String className) {
    try {
      Class.forName(className, false, Transports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
