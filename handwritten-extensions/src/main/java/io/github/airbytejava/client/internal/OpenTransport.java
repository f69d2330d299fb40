package io.github.airbytejava.client.internal;

import feign.Client;
import java.io.InputStream;

/**
 * A Feign {@link Client} over a pooled HTTP library, how to abort one of its response bodies, and
 * how to release the library's resources.
 */
public final class OpenTransport implements AutoCloseable {

  private final Client client;
  private final BoundedBodyClient.Abort bodyAbort;
  private final AutoCloseable resources;

  /** A transport whose response bodies are aborted by closing them. */
  OpenTransport(Client client, AutoCloseable resources) {
    this(client, InputStream::close, resources);
  }

  OpenTransport(Client client, BoundedBodyClient.Abort bodyAbort, AutoCloseable resources) {
    this.client = client;
    this.bodyAbort = bodyAbort;
    this.resources = resources;
  }

  /** The Feign client; thread-safe and shared by every API interface. */
  public Client client() {
    return client;
  }

  /** Stops one of this transport's response bodies at once, without reading the rest. */
  public BoundedBodyClient.Abort bodyAbort() {
    return bodyAbort;
  }

  /** Releases pooled connections and threads; failures to do so are ignored. */
  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      // Nothing useful to do: the client is being discarded.
    }
  }
}
