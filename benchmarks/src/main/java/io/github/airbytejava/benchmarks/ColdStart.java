package io.github.airbytejava.benchmarks;

/**
 * The program whose start {@link ColdStartRunner} times: in a fresh JVM, build one caller, make one
 * {@code GET /sources} for a page of 20 and print {@code ok <nanoseconds spent in main>}.
 *
 * <p>Usage: {@code ColdStart <FLOOR|JDK|APACHE_HC5|URL_CONNECTION> <baseUrl>}.
 */
public final class ColdStart {

  /** The size of the page the first call asks for. */
  static final int PAGE_SIZE = 20;

  private ColdStart() {}

  /** Runs one cold call; exits with 1 if it did not return a full page. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    int size;
    try (Caller caller = Via.valueOf(args[0]).open(args[1])) {
      size = caller.listSources(PAGE_SIZE);
    }
    long inMain = System.nanoTime() - start;
    if (size != PAGE_SIZE) {
      System.out.println("failed: " + size + " sources");
      System.exit(1);
    }
    System.out.println("ok " + inMain);
    System.out.flush();
    // Exit at once: the JDK client's selector thread would otherwise linger until collected.
    System.exit(0);
  }
}
