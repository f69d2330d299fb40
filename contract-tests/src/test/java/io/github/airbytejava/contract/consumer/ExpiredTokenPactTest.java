package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.CONNECTION_ID;
import static io.github.airbytejava.contract.consumer.Examples.DESTINATION_ID;
import static io.github.airbytejava.contract.consumer.Examples.JOB_ID;
import static io.github.airbytejava.contract.consumer.Examples.SOURCE_ID;
import static io.github.airbytejava.contract.consumer.Examples.WORKSPACE_ID;
import static io.github.airbytejava.contract.consumer.States.CONNECTION;
import static io.github.airbytejava.contract.consumer.States.DESTINATION;
import static io.github.airbytejava.contract.consumer.States.EXPIRED_TOKEN;
import static io.github.airbytejava.contract.consumer.States.RUNNING_JOB;
import static io.github.airbytejava.contract.consumer.States.SOURCE;
import static io.github.airbytejava.contract.consumer.States.WORKSPACE;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.client.AirbyteAuthenticationException;
import org.junit.jupiter.api.Test;

/**
 * {@code 401} for an expired access token, on the operations callers use most: the client must
 * throw {@link AirbyteAuthenticationException} after one request (a fixed bearer token cannot be
 * renewed, so it is not sent again).
 */
class ExpiredTokenPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact getSourceWithExpiredToken(PactDslWithProvider builder) {
    return withExpiredToken(builder, SOURCE, "get a source with an expired token", "/sources/${sourceId}");
  }

  @Test
  @PactTestFor(pactMethod = "getSourceWithExpiredToken")
  void anExpiredTokenOnSourcesThrowsAuthenticationError() {
    assertFailsWith(AirbyteAuthenticationException.class, 401,
        () -> client.sources().getSource(SOURCE_ID, DEFAULT_SECRET_COORDINATES));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getDestinationWithExpiredToken(PactDslWithProvider builder) {
    return withExpiredToken(
        builder, DESTINATION, "get a destination with an expired token", "/destinations/${destinationId}");
  }

  @Test
  @PactTestFor(pactMethod = "getDestinationWithExpiredToken")
  void anExpiredTokenOnDestinationsThrowsAuthenticationError() {
    assertFailsWith(AirbyteAuthenticationException.class, 401,
        () -> client.destinations().getDestination(DESTINATION_ID, DEFAULT_SECRET_COORDINATES));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getConnectionWithExpiredToken(PactDslWithProvider builder) {
    return withExpiredToken(
        builder, CONNECTION, "get a connection with an expired token", "/connections/${connectionId}");
  }

  @Test
  @PactTestFor(pactMethod = "getConnectionWithExpiredToken")
  void anExpiredTokenOnConnectionsThrowsAuthenticationError() {
    assertFailsWith(AirbyteAuthenticationException.class, 401, () -> client.connections().getConnection(CONNECTION_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getJobWithExpiredToken(PactDslWithProvider builder) {
    return withExpiredToken(builder, RUNNING_JOB, "get a job with an expired token", "/jobs/${jobId}");
  }

  @Test
  @PactTestFor(pactMethod = "getJobWithExpiredToken")
  void anExpiredTokenOnJobsThrowsAuthenticationError() {
    assertFailsWith(AirbyteAuthenticationException.class, 401, () -> client.jobs().getJob(JOB_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getWorkspaceWithExpiredToken(PactDslWithProvider builder) {
    return withExpiredToken(builder, WORKSPACE, "get a workspace with an expired token", "/workspaces/${workspaceId}");
  }

  @Test
  @PactTestFor(pactMethod = "getWorkspaceWithExpiredToken")
  void anExpiredTokenOnWorkspacesThrowsAuthenticationError() {
    assertFailsWith(AirbyteAuthenticationException.class, 401, () -> client.workspaces().getWorkspace(WORKSPACE_ID));
  }

  /** A GET of {@code path} under {@code state} with an expired token, answered with {@code 401}. */
  private static V4Pact withExpiredToken(
      PactDslWithProvider builder, String state, String description, String path) {
    return error(request(given(builder, state, EXPIRED_TOKEN).uponReceiving(description), "GET", path), 401)
        .toPact(V4Pact.class);
  }
}
