package io.github.airbytejava.benchmarks;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.SourcesResponse;
import java.util.List;
import java.util.UUID;

/** Calls through {@link AirbyteClient}, as a user would: one shared client, typed results. */
public final class ClientCaller implements Caller {

  private static final List<UUID> WORKSPACES = List.of(Payloads.WORKSPACE_ID);

  private final AirbyteClient client;

  /** A caller using {@code client}, which it closes when closed. */
  public ClientCaller(AirbyteClient client) {
    this.client = client;
  }

  @Override
  public int listSources(int pageSize) {
    SourcesResponse page = client.sources().listSources(WORKSPACES, false, pageSize, 0);
    return page.getData().size();
  }

  @Override
  public void close() {
    client.close();
  }
}
