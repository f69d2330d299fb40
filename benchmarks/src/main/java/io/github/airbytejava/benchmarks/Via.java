package io.github.airbytejava.benchmarks;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.HttpTransport;

/** What makes the calls: the raw floor, or {@code AirbyteClient} on one of its transports. */
public enum Via {
  /** {@link FloorCaller}: {@code java.net.http.HttpClient} and Jackson's {@code readTree}. */
  FLOOR(null),
  /** {@code AirbyteClient} on {@link HttpTransport#JDK} ({@code feign-java11}). */
  JDK(HttpTransport.JDK),
  /** {@code AirbyteClient} on {@link HttpTransport#APACHE_HC5} ({@code feign-hc5}). */
  APACHE_HC5(HttpTransport.APACHE_HC5),
  /** {@code AirbyteClient} on {@link HttpTransport#URL_CONNECTION} (Feign's default client). */
  URL_CONNECTION(HttpTransport.URL_CONNECTION);

  private final HttpTransport transport;

  Via(HttpTransport transport) {
    this.transport = transport;
  }

  /** A caller of the server at {@code baseUrl}, sending a fixed bearer token. */
  public Caller open(String baseUrl) {
    if (transport == null) {
      return new FloorCaller(baseUrl);
    }
    return new ClientCaller(
        AirbyteClient.builder()
            .baseUrl(baseUrl)
            .bearerToken(Payloads.ACCESS_TOKEN)
            .transport(transport)
            .build());
  }
}
