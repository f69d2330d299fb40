package io.github.airbytejava.client;

/** The HTTP library that carries the client's requests. Both pool and reuse connections. */
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
  APACHE_HC5
}
