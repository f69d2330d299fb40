package io.github.airbytejava.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte health}: whether the API answers. */
@Command(name = "health", description = "Check that the Airbyte API answers.")
final class HealthCommand implements Callable<Integer> {

  @ParentCommand AirbyteCli root;

  @Override
  public Integer call() {
    root.client().health().getHealthCheck();
    root.output().object(Map.of("status", "ok", "baseUrl", root.client().baseUrl()),
        "ok: " + root.client().baseUrl() + " is healthy");
    return ExitCodes.OK.code;
  }
}
