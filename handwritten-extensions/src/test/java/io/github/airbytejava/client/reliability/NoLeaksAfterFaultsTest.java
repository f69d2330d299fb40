package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytejava.client.HttpTransport;
import io.github.airbytejava.client.reliability.Faults.Fault;
import io.github.airbytejava.client.reliability.Rig.Auth;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After every fault, through both of the transports the issue names, once the clients and servers
 * are closed: no thread is left behind and no more sockets are open than before. The clients use
 * client credentials, so the token endpoint's connections are counted too.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoLeaksAfterFaultsTest {

  @Test
  void everyFaultLeavesNoThreadAndNoOpenSocketOnceItsClientsAreClosed() throws Exception {
    warmUp(); // the JVM starts some threads of its own on first use (cleaners, timers)
    Resources before = Resources.now();

    for (HttpTransport transport :
        new HttpTransport[] {HttpTransport.JDK, HttpTransport.APACHE_HC5}) {
      runAll(transport);
    }
    Resources.awaitBackTo(before, Duration.ofSeconds(20));

    assertThat(Resources.newThreads(before)).as("threads left behind").isEmpty();
    assertThat(Resources.openSockets()).as("open sockets").isLessThanOrEqualTo(before.sockets);
  }

  @Test
  void theCountsSeeAClientThatIsStillOpen() throws Exception {
    Resources before = Resources.now();
    try (Rig rig = new Rig(HttpTransport.APACHE_HC5, Auth.CLIENT_CREDENTIALS)) {
      Faults.slowDripWithinDeadline(rig);
      Resources.awaitBackTo(before, Duration.ofMillis(500));

      // An open client keeps its pooled connection (both ends are in this JVM) and its watchdog.
      assertThat(Resources.newThreads(before)).anyMatch(t -> t.startsWith("airbyte-client-body"));
      if (Resources.canCountSockets()) {
        assertThat(Resources.openSockets()).isGreaterThan(before.sockets);
      }
    }
  }

  private static void warmUp() throws Exception {
    for (HttpTransport transport : HttpTransport.values()) {
      try (Rig rig = new Rig(transport, Auth.CLIENT_CREDENTIALS)) {
        Faults.gatewayStorm(rig, 503, 1, false);
      }
    }
  }

  private static void runAll(HttpTransport transport) throws Exception {
    for (Fault fault : Faults.ALL) {
      try (Rig rig = new Rig(transport, Auth.CLIENT_CREDENTIALS)) {
        fault.scenario().run(rig);
      }
    }
  }
}
