package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.standin.AirbyteStandIn;
import io.github.airbytejava.standin.JobProgression;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code airbyte demo}: the whole story, end to end. With no Airbyte configured it starts the
 * in-memory stand-in in this process, with tokens that live a few seconds so the refresh shows.
 */
@Command(name = "demo", description = {
    "Walk the whole story: token, workspace, source, destination, connection, a sync followed to the end,",
    "jobs listed across pages, and a call after the token expired. Without --url/--cloud/--self-managed",
    "(or AIRBYTE_* variables) it runs against an embedded stand-in; against a real Airbyte it cleans up."})
final class DemoCommand implements Callable<Integer> {

  @ParentCommand AirbyteCli root;

  @Option(names = "--token-lifetime", paramLabel = "SECONDS", defaultValue = "5",
      description = "Lifetime of the embedded stand-in's tokens (default: ${DEFAULT-VALUE}).")
  int tokenLifetimeSeconds;

  @Override
  public Integer call() throws InterruptedException {
    Output output = root.output();
    if (root.connection.targetsRealAirbyte()) {
      output.say("Running the demo against " + root.client().baseUrl() + "; everything it creates is deleted at the end.");
      return new DemoStory(root.client(), output, null, null).run();
    }
    Duration tokenLifetime = Duration.ofSeconds(tokenLifetimeSeconds);
    try (AirbyteStandIn standIn = AirbyteStandIn.builder()
        .tokenLifetime(tokenLifetime)
        .jobProgression(JobProgression.every(Duration.ofMillis(400)))
        .start();
        AirbyteClient client = AirbyteClient.builder()
            .baseUrl(standIn.baseUrl())
            .clientCredentials(standIn.clientId(), standIn.clientSecret())
            .build()) {
      output.say("No Airbyte configured: started the embedded stand-in at " + standIn.baseUrl()
          + " (tokens live " + tokenLifetimeSeconds + " s).");
      return new DemoStory(client, output, standIn, tokenLifetime).run();
    }
  }
}
