package io.github.airbytejava.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code GET /sources}, decoded, through the floor and through {@code AirbyteClient} on each
 * transport, for pages of 1, 20 and 100 Postgres sources: time per call on one thread, and calls
 * per second from 8 threads sharing one client (as an application would share it).
 *
 * <p>The client sends a fixed bearer token here, so the token cache is not in the picture (see
 * {@link TokenPathBenchmark}). One fork, 3 warm-up and 5 measured iterations of 2 s: enough for the
 * JIT to settle on this code, short enough for the whole suite to run in about 14 minutes.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ListSourcesBenchmark {

  /** Single-threaded calls before a multi-threaded trial; see {@link #start}. */
  static final int PREHEAT_SECONDS = 8;

  /** Who makes the call. */
  @Param({"FLOOR", "JDK", "APACHE_HC5", "URL_CONNECTION"})
  public Via via;

  /** Sources per page. */
  @Param({"1", "20", "100"})
  public int pageSize;

  private LoopbackServer server;
  private Caller caller;
  private long serverAllocatedAtStart;
  private long requestsAtStart;
  private long connectionsAtStart;

  /**
   * Starts the server and the caller, and checks that a call returns a full page. Before the
   * 8-thread benchmark, calls from this one thread for {@value #PREHEAT_SECONDS} s: when 8 threads
   * start on a cold client on 2 cores, the client's calls stayed 30-50% slower through all 26 s
   * measured (see docs/benchmarks.md), which measures how the JIT starts, not the client.
   */
  @Setup(Level.Trial)
  public void start(BenchmarkParams params) throws IOException {
    server = LoopbackServer.start();
    caller = via.open(server.baseUrl());
    int size = caller.listSources(pageSize);
    if (size != pageSize) {
      throw new IllegalStateException("expected " + pageSize + " sources, got " + size);
    }
    if (params.getThreads() > 1) {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PREHEAT_SECONDS);
      while (System.nanoTime() < until) {
        caller.listSources(pageSize);
      }
    }
    serverAllocatedAtStart = server.allocatedBytes();
    requestsAtStart = server.apiRequests();
    connectionsAtStart = server.connections();
  }

  /**
   * Stops both, and reports the connections the caller opened and what the server allocated per
   * request (it should be about 0, so that {@code -prof gc} shows the caller's allocation alone).
   */
  @TearDown(Level.Trial)
  public void stop() {
    long requests = server.apiRequests() - requestsAtStart;
    long allocated = server.allocatedBytes() - serverAllocatedAtStart;
    System.out.printf(
        "%n[server] %s: %d requests on %d new connections; %.1f bytes allocated per request by the"
            + " server thread%n",
        via,
        requests,
        server.connections() - connectionsAtStart,
        requests == 0 ? 0.0 : (double) allocated / requests);
    caller.close();
    server.close();
  }

  /** Average time of one call on a single thread. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public int latency() {
    return caller.listSources(pageSize);
  }

  /** Calls per second, 8 threads sharing one caller. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  public int throughput() {
    return caller.listSources(pageSize);
  }
}
