package io.github.airbytejava.client.internal;

import feign.Client;

/**
 * A Feign {@link Client} over a pooled HTTP library, and how to release that library's resources.
 */
public final class OpenTransport implements AutoCloseable {

  private final Client client;
  private final AutoCloseable resources;

  OpenTransport(Client client, AutoCloseable resources) {
    this.client = client;
    this.resources = resources;
  }

  /** The Feign client; thread-safe and shared by every API interface. */
  public Client client() {
    return client;
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
