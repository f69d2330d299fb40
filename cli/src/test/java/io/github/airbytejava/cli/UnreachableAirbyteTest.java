package io.github.airbytejava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the tool does when there is no Airbyte where it was told to look, or nothing was configured. */
class UnreachableAirbyteTest {

  @Test
  @Timeout(20)
  void aUrlPointingNowhereIsATransportErrorWithinTheTimeout() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    long started = System.nanoTime();

    CliRun run = CliRun.of(Map.of("AIRBYTE_ACCESS_TOKEN", "t"),
        "--url", "http://127.0.0.1:" + port + "/api/public/v1", "--timeout", "2", "workspaces", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.TRANSPORT.code);
    assertThat(run.err()).contains("could not be reached");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void noCredentialsAtAllSaysWhichVariablesToSet() {
    CliRun run = CliRun.of(Map.of(), "workspaces", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT.code);
    assertThat(run.err()).contains("AIRBYTE_CLIENT_ID").contains("AIRBYTE_CLIENT_SECRET");
  }

  @Test
  void twoTargetsAtOnceAreRefused() {
    CliRun run = CliRun.of(Map.of("AIRBYTE_ACCESS_TOKEN", "t"), "--cloud", "--self-managed", "health");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT.code);
    assertThat(run.err()).contains("only one of --url, --cloud and --self-managed");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.of(Map.of(), "frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE.code);
  }
}
