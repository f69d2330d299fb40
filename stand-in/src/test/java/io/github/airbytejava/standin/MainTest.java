package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line: starts, prints how to reach it and the credentials, and answers. */
class MainTest {
  private static final Pattern BASE_URL = Pattern.compile("API base URL:\\s+(\\S+)");

  @Test
  void startsPrintsTheBaseUrlAndCredentialsAndAnswersHealth() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (AirbyteStandIn standIn =
        Main.start(
            List.of(
                "--port",
                "0",
                "--client-id",
                "cli-id",
                "--client-secret",
                "cli-secret",
                "--token-lifetime",
                "60"),
            new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String output = printed.toString(StandardCharsets.UTF_8);
      Matcher baseUrl = BASE_URL.matcher(output);

      assertThat(baseUrl.find()).as(output).isTrue();
      assertThat(baseUrl.group(1)).isEqualTo(standIn.baseUrl()).endsWith("/api/public/v1");
      assertThat(output).contains("cli-id").contains("cli-secret");
      TestHttp http = new TestHttp(baseUrl.group(1), "cli-id", "cli-secret");
      assertThat(http.send("GET", "/health", null, null, null).status()).isEqualTo(200);
      assertThat(http.tokenRequest("cli-id", "cli-secret").json().get("expires_in").asInt())
          .isEqualTo(60);
    }
  }

  @Test
  void helpPrintsUsageAndStartsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    AirbyteStandIn standIn =
        Main.start(List.of("--help"), new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(standIn).isNull();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("--port")
        .contains("--token-lifetime");
  }

  @Test
  void refusesUnknownOptionsAndBadValues() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Main.start(List.of("--colour", "blue"), out))
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> Main.start(List.of("--port", "eighty"), out))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> Main.start(List.of("--token-lifetime", "0"), out))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Main.start(List.of("--client-id"), out))
        .hasMessageContaining("needs a value");
  }
}
