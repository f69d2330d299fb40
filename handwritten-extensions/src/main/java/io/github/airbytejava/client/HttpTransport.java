package io.github.airbytejava.client;

/** The HTTP library that carries the client's requests. All of them reuse connections. */
public enum HttpTransport {

  /**
   * Apache HttpClient 5 (classic) through Feign's {@code feign-hc5}: HTTP/1.1, a pool of up to 64
   * connections, reads and writes on the calling thread. <b>The default</b>, because it measured
   * fastest (docs/benchmarks.md). Its own header and wire loggers are bypassed, so it logs no
   * credentials whatever the logging configuration.
   */
  APACHE_HC5,

  /**
   * The JDK's {@code java.net.http.HttpClient} through Feign's {@code feign-java11}: HTTP/2 over
   * TLS, one multiplexed connection for concurrent calls. About 1.4× the time per call of {@link
   * #APACHE_HC5} on loopback, a difference invisible over a real network. For applications that
   * exclude Apache HttpClient, or want HTTP/2.
   */
  JDK,

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
