package io.github.airbytejava.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Times a fresh JVM's first successful call, for the floor and each transport: starts {@link
 * ColdStart} in a new JVM again and again (interleaving the kinds, so that machine noise spreads
 * evenly) against a {@link LoopbackServer} in this process, and reports the median, minimum and
 * maximum time from starting the process to its {@code ok} line, and the part of it spent in {@code
 * main} (building the client and making the call; the rest is JVM start-up).
 *
 * <p>Usage: {@code ColdStartRunner [report.md] [runs]}; 10 runs of each kind by default.
 */
public final class ColdStartRunner {

  private ColdStartRunner() {}

  /** Runs the measurements and prints (and optionally writes) a Markdown table. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    Map<Via, List<Long>> total = new EnumMap<>(Via.class);
    Map<Via, List<Long>> inMain = new EnumMap<>(Via.class);
    try (LoopbackServer server = LoopbackServer.start()) {
      for (int run = 0; run < runs; run++) {
        for (Via via : Via.values()) {
          long[] times = runOnce(java, classPath, via, server.baseUrl());
          total.computeIfAbsent(via, v -> new ArrayList<>()).add(times[0]);
          inMain.computeIfAbsent(via, v -> new ArrayList<>()).add(times[1]);
        }
      }
    }
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "Cold start, %d runs each: process start to first successful GET /sources (page of %d)%n%n",
            runs, ColdStart.PAGE_SIZE));
    table.append("| caller | median | min | max | of which in main (median) |\n");
    table.append("|---|---:|---:|---:|---:|\n");
    for (Via via : Via.values()) {
      List<Long> t = Reports.sorted(total.get(via));
      table.append(
          String.format(
              "| %s | %d ms | %d ms | %d ms | %d ms |%n",
              via,
              millis(Reports.quantile(t, 0.5)),
              millis(t.get(0)),
              millis(t.get(t.size() - 1)),
              millis(Reports.quantile(Reports.sorted(inMain.get(via)), 0.5))));
    }
    System.out.print(table);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), table.toString(), StandardCharsets.UTF_8);
    }
  }

  /** {total nanoseconds from process start to the ok line, nanoseconds the child spent in main}. */
  private static long[] runOnce(String java, String classPath, Via via, String baseUrl)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(java, "-cp", classPath, ColdStart.class.getName(), via.name(), baseUrl)
            .redirectErrorStream(true)
            .start();
    String line;
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      while ((line = out.readLine()) != null && !line.startsWith("ok ")) {
        output.add(line);
      }
      long elapsed = System.nanoTime() - start;
      if (line == null) {
        throw new IllegalStateException(via + " did not start: " + String.join("\n", output));
      }
      process.waitFor();
      return new long[] {elapsed, Long.parseLong(line.substring(3).trim())};
    }
  }

  private static long millis(double nanos) {
    return Math.round(nanos / 1e6);
  }
}
