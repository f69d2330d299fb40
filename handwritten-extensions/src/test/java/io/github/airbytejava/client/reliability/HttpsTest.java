package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteTransportException;
import io.github.airbytejava.client.testing.FakeAirbyte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over TLS, as against Airbyte Cloud, on the default transport (Apache HttpClient 5, whose
 * connections the client replaces to keep credentials out of Apache's logs): a server whose
 * certificate the JVM trusts is called; one it does not trust is refused before any request.
 *
 * <p>The certificate is made with the JDK's {@code keytool}; the JVM is told to trust it through
 * the standard {@code javax.net.ssl.trustStore} properties, which Apache reads for each new client
 * (the JDK client's default context is fixed at its first use, so it is not tested this way).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpsTest {

  private static final String PASSWORD = "test-store-password";
  private static final UUID SOURCE = FakeAirbyte.SOURCE_UUID;

  @TempDir static Path stores;
  private static Path serverKeys;
  private static Path trustedCertificates;

  private final MockWebServer server = new MockWebServer();
  private final FakeAirbyte airbyte = new FakeAirbyte();
  private final Map<String, String> savedProperties = new TreeMap<>();

  @BeforeAll
  static void makeCertificate() throws Exception {
    serverKeys = stores.resolve("server.p12");
    Path certificate = stores.resolve("server.crt");
    trustedCertificates = stores.resolve("trusted.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=ip:127.0.0.1,dns:localhost",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        serverKeys.toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-alias",
        "server",
        "-keystore",
        serverKeys.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        certificate.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "server",
        "-file",
        certificate.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        trustedCertificates.toString(),
        "-storepass",
        PASSWORD);
  }

  @BeforeEach
  void start() throws Exception {
    for (String name :
        List.of(
            "javax.net.ssl.trustStore",
            "javax.net.ssl.trustStorePassword",
            "javax.net.ssl.trustStoreType")) {
      savedProperties.put(name, System.getProperty(name));
    }
    server.useHttps(serverContext().getSocketFactory());
    server.setDispatcher(airbyte);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    savedProperties.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void theDefaultTransportCallsAServerWhoseCertificateTheJvmTrusts() {
    trust(trustedCertificates);
    try (AirbyteClient client = client()) {
      assertThat(client.sources().getSource(SOURCE, false).getName()).isEqualTo("pg");
    }
    assertThat(airbyte.apiRequestsSeen())
        .singleElement()
        .satisfies(r -> assertThat(r.getHandshake()).as("the request came over TLS").isNotNull());
  }

  @Test
  void theDefaultTransportRefusesAServerWhoseCertificateTheJvmDoesNotTrust() {
    // The JDK's own trust store: it does not hold the test certificate.
    try (AirbyteClient client = client()) {
      assertThatThrownBy(() -> client.sources().getSource(SOURCE, false))
          .isInstanceOf(AirbyteTransportException.class)
          .hasMessageContaining("TLS handshake failed")
          .hasMessageContaining("trust store (javax.net.ssl.trustStore)");
    }
    assertThat(airbyte.apiRequestsSeen()).as("nothing was sent in clear or otherwise").isEmpty();
  }

  private AirbyteClient client() {
    return AirbyteClient.builder()
        .baseUrl("https://127.0.0.1:" + server.getPort() + FakeAirbyte.BASE_PATH)
        .bearerToken("test-token")
        .maxRetries(0)
        .build();
  }

  private static void trust(Path store) {
    System.setProperty("javax.net.ssl.trustStore", store.toString());
    System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
  }

  private static SSLContext serverContext() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(serverKeys)) {
      keys.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);
    return context;
  }

  private static void keytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("keytool said: %s", output).isZero();
  }
}
