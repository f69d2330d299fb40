package io.github.airbytejava.client.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The threads and open sockets of this JVM, to compare before and after a run of faults.
 *
 * <p>Some threads outlive their owner by design and are not leaks: MockWebServer's task runner
 * threads, and idle workers of the JDK HttpClient's and the common fork-join pool, which end after
 * a minute without work. A thread of those pools that is still busy is reported all the same.
 */
final class Resources {

  private static final Path OPEN_FILES = Path.of("/proc/self/fd");

  final Set<Thread> threads;
  final long sockets;

  private Resources(Set<Thread> threads, long sockets) {
    this.threads = threads;
    this.sockets = sockets;
  }

  static Resources now() {
    return new Resources(Set.copyOf(Thread.getAllStackTraces().keySet()), openSockets());
  }

  /** Whether open sockets can be counted here (Linux). */
  static boolean canCountSockets() {
    return Files.isDirectory(OPEN_FILES);
  }

  /** The threads alive now that were not alive at {@code before}, except the ones above. */
  static List<String> newThreads(Resources before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.isAlive() && !before.threads.contains(thread))
        .filter(thread -> !isTestServer(thread) && !isIdlePoolWorker(thread))
        .map(thread -> thread.getName() + " (" + thread.getState() + ")")
        .sorted()
        .collect(Collectors.toList());
  }

  /**
   * Collects garbage and waits until no new thread is left and no more sockets are open than at
   * {@code before}, or {@code limit} passes. The JDK HttpClient of Java 17 cannot be closed: its
   * selector thread and connections go once the client is unreachable and collected.
   */
  static void awaitBackTo(Resources before, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline
        && (!newThreads(before).isEmpty() || openSockets() > before.sockets)) {
      System.gc();
      Thread.sleep(200);
    }
  }

  static long openSockets() {
    if (!canCountSockets()) {
      return 0;
    }
    try (Stream<Path> files = Files.list(OPEN_FILES)) {
      return files.filter(Resources::isSocket).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isSocket(Path descriptor) {
    try {
      return Files.readSymbolicLink(descriptor).toString().startsWith("socket:");
    } catch (IOException e) {
      return false; // closed while listing
    }
  }

  private static boolean isTestServer(Thread thread) {
    return thread.getName().contains("MockWebServer") || thread.getName().contains("TaskRunner");
  }

  private static boolean isIdlePoolWorker(Thread thread) {
    String name = thread.getName();
    boolean pooled =
        name.matches("HttpClient-\\d+-Worker-\\d+") || name.startsWith("ForkJoinPool.commonPool");
    Thread.State state = thread.getState();
    return pooled && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING);
  }
}
