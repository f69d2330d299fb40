package io.github.airbytejava.client;

/** The HTTP library that carries the client's requests. All of them reuse connections. */
public enum HttpTransport {

  /**
   * The JDK's {@code java.net.http.HttpClient} through Feign's {@code feign-java11}: no extra
   * dependency, HTTP/2 over TLS. The default.
   */
  JDK,

  /**
   * Apache HttpClient 5 through Feign's {@code feign-hc5}. Add {@code
   * io.github.openfeign:feign-hc5} to your dependencies to use it; the client declares it optional.
   */
  APACHE_HC5,

  /**
   * Feign's default client, over the JDK's {@code java.net.HttpURLConnection}: no extra dependency,
   * HTTP/1.1 only. <b>Cannot send {@code PATCH}</b>, which the update operations ({@code
   * patchSource}, {@code patchConnection}, ...) use: they throw {@link
   * AirbyteConfigurationException}. Idle connections are kept in the JDK's process-wide cache, at
   * most {@code http.maxConnections} (a system property, default 5) per host; threads beyond that
   * open a new connection per call. Request bodies are streamed, so the JDK never silently resends
   * a {@code POST}.
   */
  URL_CONNECTION
}
