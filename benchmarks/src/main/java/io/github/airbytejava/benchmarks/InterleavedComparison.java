package io.github.airbytejava.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * The ratios to the floor, measured so that a machine shared with other work cannot bias them: all
 * callers live in one JVM and take turns in short slices (250 ms), in a new random order every
 * round, and each round's ratio compares slices that ran seconds apart. Background load that comes
 * and goes (another build, a test suite) then hits every caller alike; the median over rounds and
 * its interquartile range are reported.
 *
 * <p>Complements the JMH suite, which gives absolute numbers and allocation, one caller per forked
 * JVM, but runs the callers minutes apart. The price here: the callers share one JIT, so a code
 * path common to several (Jackson, the JDK's HTTP client) is compiled for their mix.
 *
 * <p>Usage: {@code InterleavedComparison [report.md] [rounds]}; 30 rounds by default, about 4
 * minutes.
 */
public final class InterleavedComparison {

  private static final long SLICE_NANOS = 250_000_000L;
  private static final int[] PAGE_SIZES = {1, 20, 100};
  private static final int THREADS = 8;

  private InterleavedComparison() {}

  /** Runs both comparisons and prints (and optionally writes) Markdown tables. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    StringBuilder report = new StringBuilder();
    try (LoopbackServer server = LoopbackServer.start()) {
      Map<Via, Caller> callers = new EnumMap<>(Via.class);
      for (Via via : Via.values()) {
        callers.put(via, via.open(server.baseUrl()));
      }
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        for (int warmup = 0; warmup < 4; warmup++) {
          for (int size : PAGE_SIZES) {
            for (Caller caller : callers.values()) {
              singleThreaded(caller, size);
              concurrent(caller, size, threads);
            }
          }
        }
        report.append(
            String.format(
                Locale.ROOT,
                "Interleaved, %d rounds of %d ms slices per caller; median [interquartile range]%n%n",
                rounds,
                SLICE_NANOS / 1_000_000));
        report.append(
            "#### One thread: time per call, and ratio to the floor (lower is better)\n\n");
        table(report, callers, rounds, size -> caller -> singleThreaded(caller, size), false);
        report.append(
            "\n#### 8 threads: calls per second, and share of the floor's (higher is better)\n\n");
        table(report, callers, rounds, size -> caller -> concurrent(caller, size, threads), true);
      } finally {
        threads.shutdownNow();
        callers.values().forEach(Caller::close);
      }
    }
    System.out.print(report);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), report.toString(), StandardCharsets.UTF_8);
    }
  }

  /** How one slice is measured, for a page size. */
  private interface Slice {
    Measure forSize(int size);
  }

  private interface Measure {
    double run(Caller caller) throws Exception;
  }

  private static void table(
      StringBuilder out, Map<Via, Caller> callers, int rounds, Slice slice, boolean throughput)
      throws Exception {
    Reports.header(out, callers.keySet());
    Random order = new Random(42);
    for (int size : PAGE_SIZES) {
      Measure measure = slice.forSize(size);
      Map<Via, List<Double>> values = new EnumMap<>(Via.class);
      Map<Via, List<Double>> ratios = new EnumMap<>(Via.class);
      List<Via> vias = new ArrayList<>(callers.keySet());
      for (int round = 0; round < rounds; round++) {
        Collections.shuffle(vias, order);
        Map<Via, Double> thisRound = new EnumMap<>(Via.class);
        for (Via via : vias) {
          thisRound.put(via, measure.run(callers.get(via)));
        }
        double floor = thisRound.get(Via.FLOOR);
        for (Via via : callers.keySet()) {
          values.computeIfAbsent(via, v -> new ArrayList<>()).add(thisRound.get(via));
          ratios.computeIfAbsent(via, v -> new ArrayList<>()).add(thisRound.get(via) / floor);
        }
      }
      out.append("| ").append(size).append(" |");
      for (Via via : callers.keySet()) {
        List<Double> v = Reports.sorted(values.get(via));
        out.append(
            String.format(
                Locale.ROOT,
                throughput ? " %,.0f/s [%,.0f-%,.0f]" : " %.0f µs [%.0f-%.0f]",
                Reports.quantile(v, 0.5),
                Reports.quantile(v, 0.25),
                Reports.quantile(v, 0.75)));
        if (via != Via.FLOOR) {
          List<Double> r = Reports.sorted(ratios.get(via));
          out.append(
              String.format(
                  Locale.ROOT,
                  throughput ? "<br>**%.0f%%** [%.0f-%.0f%%]" : "<br>**%.2f×** [%.2f-%.2f]",
                  Reports.quantile(r, 0.5) * (throughput ? 100 : 1),
                  Reports.quantile(r, 0.25) * (throughput ? 100 : 1),
                  Reports.quantile(r, 0.75) * (throughput ? 100 : 1)));
        }
        out.append(" |");
      }
      out.append('\n');
    }
  }

  /** Mean microseconds per call over one slice on this thread. */
  private static double singleThreaded(Caller caller, int size) {
    long start = System.nanoTime();
    long deadline = start + SLICE_NANOS;
    long calls = 0;
    long now;
    do {
      caller.listSources(size);
      calls++;
      now = System.nanoTime();
    } while (now < deadline);
    return (now - start) / 1_000.0 / calls;
  }

  /** Calls per second over one slice, from {@value #THREADS} threads sharing the caller. */
  private static double concurrent(Caller caller, int size, ExecutorService threads)
      throws Exception {
    LongAdder calls = new LongAdder();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    long[] window = new long[2];
    for (int i = 0; i < THREADS; i++) {
      workers.add(
          threads.submit(
              () -> {
                go.await();
                long deadline = window[0] + SLICE_NANOS;
                while (System.nanoTime() < deadline) {
                  caller.listSources(size);
                  calls.increment();
                }
                return null;
              }));
    }
    window[0] = System.nanoTime();
    go.countDown();
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = System.nanoTime() - window[0];
    return calls.sum() * 1e9 / elapsed;
  }
}
