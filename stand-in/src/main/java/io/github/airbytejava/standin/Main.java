package io.github.airbytejava.standin;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the stand-in on its own: {@code java -jar airbyte-api-stand-in-<version>-all.jar --port
 * 8000}. Prints the API base URL and the client credentials (that is what they are for), then
 * serves until stopped with Ctrl+C.
 */
public final class Main {
  private static final String USAGE =
      """
      Usage: java -jar airbyte-api-stand-in-all.jar [options]

        --port N              port to listen on (default 8000; 0 picks a free one)
        --host ADDRESS        address to listen on (default 127.0.0.1; 0.0.0.0 for other machines)
        --token-lifetime S    access token lifetime in seconds (default 180, as Airbyte's)
        --client-id ID        fixed client id (default: random)
        --client-secret S     fixed client secret (default: random)
        --job-step S          jobs move one step every S seconds
                              (default: one step per GET /jobs/{id})
        --help                this text
      """;

  private Main() {}

  /** Starts the stand-in and serves until the JVM is stopped. */
  public static void main(String[] args) throws InterruptedException {
    AirbyteStandIn standIn;
    try {
      standIn = start(List.of(args), System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (standIn == null) {
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  standIn.close();
                  stopped.countDown();
                },
                "airbyte-stand-in-shutdown"));
    stopped.await();
  }

  /**
   * Parses the options, starts the stand-in and prints how to reach it.
   *
   * @return the running stand-in, or null when only help was asked for
   * @throws IllegalArgumentException for an unknown option or a bad value
   */
  static AirbyteStandIn start(List<String> args, PrintStream out) {
    AirbyteStandIn.Builder builder = AirbyteStandIn.builder().port(8000);
    Deque<String> rest = new ArrayDeque<>(args);
    while (!rest.isEmpty()) {
      String option = rest.pop();
      switch (option) {
        case "--help", "-h" -> {
          out.print(USAGE);
          return null;
        }
        case "--port" -> builder.port(number(option, rest));
        case "--host" -> builder.host(value(option, rest));
        case "--token-lifetime" ->
            builder.tokenLifetime(Duration.ofSeconds(positive(option, rest)));
        case "--client-id" -> builder.clientId(value(option, rest));
        case "--client-secret" -> builder.clientSecret(value(option, rest));
        case "--job-step" ->
            builder.jobProgression(
                JobProgression.every(Duration.ofSeconds(positive(option, rest))));
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    AirbyteStandIn standIn = builder.start();
    out.println("Airbyte API stand-in is listening.");
    out.println(
        "  API base URL:  "
            + standIn.baseUrl()
            + "   (Cloud style: "
            + standIn.cloudBaseUrl()
            + ")");
    out.println("  Client id:     " + standIn.clientId());
    out.println("  Client secret: " + standIn.clientSecret());
    out.println("  Get a token:   curl -s -X POST " + standIn.baseUrl() + "/applications/token \\");
    out.println("                   -H 'Content-Type: application/json' \\");
    out.println(
        "                   -d '{\"client_id\":\""
            + standIn.clientId()
            + "\",\"client_secret\":\""
            + standIn.clientSecret()
            + "\",\"grant-type\":\"client_credentials\"}'");
    out.println("Stop it with Ctrl+C.");
    out.flush();
    return standIn;
  }

  private static String value(String option, Deque<String> rest) {
    if (rest.isEmpty() || rest.peek().startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return rest.pop();
  }

  private static int number(String option, Deque<String> rest) {
    String text = value(option, rest);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, got '" + text + "'");
    }
  }

  private static int positive(String option, Deque<String> rest) {
    int number = number(option, rest);
    if (number < 1) {
      throw new IllegalArgumentException(option + " needs a positive number, got " + number);
    }
    return number;
  }
}
