package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, run as a user runs it ({@code java -jar ...-all.jar --port 0}): it starts, prints
 * where it listens and its credentials, serves a real operation (spec, validator and models all
 * inside the jar), and stops on SIGTERM. Runs after {@code package}, under failsafe.
 */
class RunnableJarIT {
  private static final Pattern PRINTED =
      Pattern.compile("\\s*(API base URL|Client id|Client secret):\\s+(\\S+).*");

  private Process process;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void startsAnswersAndStopsOnSigterm() throws Exception {
    Path jar =
        Path.of(
            System.getProperty(
                "standIn.jar", "target/airbyte-api-stand-in-0.1.0-SNAPSHOT-all.jar"));
    assertThat(jar).exists();
    Path log = Files.createTempFile("stand-in", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port", "0"))
            .redirectError(log.toFile())
            .start();
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
    Thread reader = new Thread(() -> readLines(process, lines), "stand-in-stdout");
    reader.setDaemon(true);
    reader.start();

    String baseUrl = null;
    String clientId = null;
    String clientSecret = null;
    while (clientSecret == null) {
      String line = lines.poll(60, TimeUnit.SECONDS);
      assertThat(line)
          .as("the jar printed its address within a minute; its log: %s", Files.readString(log))
          .isNotNull();
      Matcher matcher = PRINTED.matcher(line);
      if (matcher.matches()) {
        switch (matcher.group(1)) {
          case "API base URL" -> baseUrl = matcher.group(2);
          case "Client id" -> clientId = matcher.group(2);
          default -> clientSecret = matcher.group(2);
        }
      }
    }
    TestHttp http = new TestHttp(baseUrl, clientId, clientSecret);

    assertThat(http.send("GET", "/health", null, null, null).status()).isEqualTo(200);
    String token = http.login();
    Exchange created = http.post("/workspaces", "{\"name\":\"From the jar\"}");
    assertThat(created.status()).isEqualTo(200);
    assertThat(http.post("/workspaces", "{\"nam\":\"typo\"}").status())
        .as("validates requests")
        .isEqualTo(400);

    process.destroy();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    String stderr = Files.readString(log);
    assertThat(stderr)
        .as("the log")
        .contains("listening on")
        .doesNotContain(clientSecret)
        .doesNotContain(token);
  }

  private static void readLines(Process process, BlockingQueue<String> lines) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.offer(line);
      }
    } catch (IOException e) {
      // The process ended; the test notices the missing lines.
    }
  }
}
