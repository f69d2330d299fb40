package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.HttpTransport;
import io.github.airbytejava.client.reliability.Faults.Fault;
import io.github.airbytejava.client.reliability.Rig.Auth;
import io.github.airbytejava.client.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of {@link Faults#ALL}, at TRACE on every logger, on the default transport and the JDK
 * one: the client secret, the access tokens and the basic-auth password appear in no log line,
 * exception message, stack trace, or toString() of the client, the exceptions and their details, or
 * the values returned.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecretsUnderFaultsTest {

  static final List<String> SECRETS =
      List.of(
          Rig.CLIENT_SECRET,
          Rig.BEARER_TOKEN,
          Rig.ISSUED_TOKEN_PREFIX,
          Rig.BASIC_PASSWORD,
          Base64.getEncoder()
              .encodeToString(
                  (Rig.BASIC_USER + ":" + Rig.BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8)),
          Faults.OTHER_APP_SECRET);

  /**
   * Apache HttpClient's own connection class prints every header and byte sent, credentials
   * included, to these loggers at DEBUG; the client replaces that class with one that does not.
   */
  static final Set<String> APACHE_WIRE_LOGGERS =
      Set.of("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

  static Stream<Arguments> transportsAndCredentials() {
    return Stream.of(HttpTransport.APACHE_HC5, HttpTransport.JDK)
        .flatMap(transport -> Stream.of(Auth.values()).map(auth -> Arguments.of(transport, auth)));
  }

  @ParameterizedTest
  @MethodSource("transportsAndCredentials")
  void noSecretAppearsInLogsExceptionsOrToStringThroughEveryFault(
      HttpTransport transport, Auth auth) throws Exception {
    try (LogCapture log = LogCapture.everything(Level.TRACE)) {
      List<String> seen = runAll(transport, auth);

      String logged = log.text(logger -> true);
      assertThat(logged)
          .as("the capture saw the exchanges, or this test proves nothing")
          .contains("---> GET", "<--- HTTP/1.1 200", "<--- HTTP/1.1 400", "Retrying GET");
      assertThat(logged).doesNotContainIgnoringCase("authorization: ");
      assertNoSecret(logged, "logs");
      for (String text : seen) {
        assertNoSecret(text, "exceptions, values and clients");
      }
    }
  }

  @Test
  void apachesHeaderAndWireLoggersStaySilentWhileItsOtherLoggersTalk() throws Exception {
    try (LogCapture log = LogCapture.everything(Level.TRACE)) {
      runAll(HttpTransport.APACHE_HC5, Auth.CLIENT_CREDENTIALS);

      assertThat(log.loggerNames())
          .as("Apache's connection manager logged at DEBUG, so its loggers were captured")
          .anyMatch(name -> name.startsWith("org.apache.hc.client5.http.impl.io."))
          .doesNotContainAnyElementsOf(APACHE_WIRE_LOGGERS);
    }
  }

  /** Runs every fault; returns the text of every outcome and client, to search for secrets. */
  private static List<String> runAll(HttpTransport transport, Auth auth) throws Exception {
    List<String> seen = new ArrayList<>();
    for (Fault fault : Faults.ALL) {
      try (Rig rig = new Rig(transport, auth)) {
        fault.scenario().run(rig);
        for (Outcome outcome : rig.outcomes) {
          seen.add(fault + ": " + describe(outcome));
        }
        for (AirbyteClient client : rig.clients) {
          seen.add(fault + ": " + client);
        }
      }
    }
    return seen;
  }

  private static String describe(Outcome outcome) {
    StringBuilder text = new StringBuilder(String.valueOf(outcome.value()));
    Throwable failure = outcome.failure();
    if (failure != null) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      text.append('\n').append(failure).append('\n').append(trace);
      if (failure instanceof AirbyteApiException) {
        AirbyteApiException e = (AirbyteApiException) failure;
        text.append('\n').append(e.details()).append('\n').append(e.bodyExcerpt().orElse(""));
        e.problem().ifPresent(problem -> text.append('\n').append(problem));
      }
    }
    return text.toString();
  }

  private static void assertNoSecret(String text, String where) {
    for (String secret : SECRETS) {
      int at = text.indexOf(secret);
      assertThat(at)
          .as(
              () ->
                  secret
                      + " found in "
                      + where
                      + ": ..."
                      + text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100)))
          .isEqualTo(-1);
    }
  }
}
