package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteClient;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code airbyte}: drive Airbyte's public API from a shell, on {@link AirbyteClient}.
 *
 * <p>Every command exits with a code from {@link ExitCodes}; errors go to standard error with what
 * to do about them, results to standard output.
 */
@Command(
    name = "airbyte",
    mixinStandardHelpOptions = true,
    versionProvider = AirbyteCli.Version.class,
    description = "Drive Airbyte's public API: workspaces, sources, destinations, connections, jobs.",
    subcommands = {
      HealthCommand.class,
      WorkspacesCommand.class,
      SourcesCommand.class,
      DestinationsCommand.class,
      ConnectionsCommand.class,
      JobsCommand.class,
      DefinitionsCommand.class,
      TokenCommand.class,
      DemoCommand.class
    })
public final class AirbyteCli implements AutoCloseable {

  @Mixin ConnectionOptions connection;

  @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print results as JSON.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log each request and response (credentials and tokens redacted) to standard error.")
  boolean verbose;

  private final PrintWriter out;
  private AirbyteClient client;

  AirbyteCli(Map<String, String> environment, PrintWriter out) {
    this.connection = new ConnectionOptions(environment);
    this.out = out;
  }

  /**
   * Runs the tool and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line in-process; returns the exit code. Tests call this. */
  static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
    configureLogging(args);
    try (AirbyteCli cli = new AirbyteCli(environment, out)) {
      CommandLine commandLine = new CommandLine(cli)
          .setOut(out)
          .setErr(err)
          .setExecutionExceptionHandler((e, line, parsed) -> report(e, err));
      return commandLine.execute(args);
    }
  }

  /** The client for the configured Airbyte, opened on first use and closed when the command ends. */
  AirbyteClient client() {
    if (client == null) {
      client = connection.open();
    }
    return client;
  }

  Output output() {
    return new Output(out, json);
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }

  private static int report(Exception e, PrintWriter err) {
    ExitCodes code = e instanceof AirbyteApiException api ? ExitCodes.of(api) : ExitCodes.FAILED;
    err.println("error: " + e.getMessage());
    err.println(code.advice);
    err.flush();
    return code.code;
  }

  /** slf4j-simple reads its level once, at the first logger: set it before anything logs. */
  private static void configureLogging(String[] args) {
    boolean verbose = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.github.airbytejava.client", verbose ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.io.github.airbytejava.generated", verbose ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
  }

  /** The version of this build, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AirbyteCli.class.getPackage().getImplementationVersion();
      return new String[] {"airbyte " + (version == null ? "development build" : version)
          + " (Java " + System.getProperty("java.version") + ")"};
    }
  }
}
