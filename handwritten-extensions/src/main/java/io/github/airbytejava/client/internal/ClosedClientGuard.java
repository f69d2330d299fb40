package io.github.airbytejava.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.airbytejava.client.AirbyteConfigurationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Fails calls made after the client was closed, before any token is fetched or byte is sent. */
public final class ClosedClientGuard implements RequestInterceptor {

  private final AtomicBoolean closed = new AtomicBoolean();

  /** Marks the client closed; returns whether it was open until now. */
  public boolean close() {
    return closed.compareAndSet(false, true);
  }

  /** Throws if the client is closed. */
  public void checkOpen() {
    if (closed.get()) {
      throw new AirbyteConfigurationException(
          "This AirbyteClient is closed: build a new one, and close it only when no thread uses it any more.");
    }
  }

  @Override
  public void apply(RequestTemplate template) {
    checkOpen();
  }
}
