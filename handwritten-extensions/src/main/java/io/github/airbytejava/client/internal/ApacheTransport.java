package io.github.airbytejava.client.internal;

import feign.hc5.ApacheHttp5Client;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The Apache HttpClient 5 transport, the default. In its own class so that choosing another
 * transport never loads Apache classes.
 */
final class ApacheTransport {

  /** Apache's default of 5 connections per host would queue concurrent callers. */
  private static final int MAX_CONNECTIONS = 64;

  /** A pooled connection idle for longer is checked for a close by the server before reuse. */
  private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);

  private ApacheTransport() {}

  static OpenTransport open(Duration connectTimeout, Duration readTimeout) {
    PoolingHttpClientConnectionManager connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(MAX_CONNECTIONS)
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            // Apache's own connections log headers and bytes, credentials included, at DEBUG.
            .setConnectionFactory(UnloggedApacheConnection.FACTORY)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                    .setSocketTimeout(Timeout.ofMilliseconds(readTimeout.toMillis()))
                    // Servers and load balancers close idle connections; a POST sent on one would
                    // fail and is never retried. Checking costs at most 1 ms, and only after
                    // idling.
                    .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                    .build())
            .build();
    CloseableHttpClient http =
        HttpClients.custom()
            .setConnectionManager(connections)
            .disableRedirectHandling()
            // Retries are the RetryPolicy's decision alone, so a POST is never silently repeated.
            .disableAutomaticRetries()
            .disableCookieManagement()
            // No Accept-Encoding, as on the other transports: a decompressing body could not be
            // aborted at the read deadline (closing it reads the compressed rest to its end).
            .disableContentCompression()
            .build();
    return new OpenTransport(new ApacheHttp5Client(http), ApacheTransport::abort, http);
  }

  /**
   * Apache's {@code close()} of a body reads it to its end to keep the connection; {@code abort()}
   * closes the connection instead, which also ends a read blocked on it.
   */
  private static void abort(InputStream body) throws IOException {
    if (body instanceof EofSensorInputStream) {
      ((EofSensorInputStream) body).abort();
    } else {
      body.close();
    }
  }
}
