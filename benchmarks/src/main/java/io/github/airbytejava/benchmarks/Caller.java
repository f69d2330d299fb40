package io.github.airbytejava.benchmarks;

/** One way of making the benchmarked calls: the raw floor, or {@code AirbyteClient}. */
public interface Caller extends AutoCloseable {

  /** {@code GET /sources} for the benchmark workspace, decoded; returns the number of sources. */
  int listSources(int pageSize);

  /** Releases the HTTP client. */
  @Override
  void close();
}
