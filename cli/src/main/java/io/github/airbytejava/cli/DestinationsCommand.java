package io.github.airbytejava.cli;

import io.github.airbytejava.generated.model.DestinationCreateRequest;
import io.github.airbytejava.generated.model.DestinationResponse;
import io.github.airbytejava.generated.model.DestinationsResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte destinations list|get|create|delete}. */
@Command(name = "destinations", description = "Destinations: where data is written to.")
final class DestinationsCommand {

  @ParentCommand AirbyteCli root;

  @Command(name = "list", description = "List destinations, of all workspaces or of those given.")
  int list(@Option(names = "--workspace", paramLabel = "ID") List<UUID> workspaces, @Mixin Listing listing) {
    List<DestinationResponse> destinations = listing.fetch(root.client(),
        (limit, offset) -> root.client().destinations().listDestinations(workspaces, false, limit, offset),
        DestinationsResponse::getData);
    root.output().table(destinations, List.of("DESTINATION ID", "NAME", "TYPE", "WORKSPACE ID"),
        DestinationsCommand::row);
    return ExitCodes.OK.code;
  }

  @Command(name = "get", description = "Show one destination, with its configuration (secrets are masked by Airbyte).")
  int get(@Parameters(paramLabel = "DESTINATION_ID") UUID destinationId) {
    DestinationResponse destination = root.client().destinations().getDestination(destinationId, (Boolean) null);
    root.output().object(destination, String.join("  ", row(destination)) + "\nconfiguration: "
        + Output.toJson(destination.getConfiguration()));
    return ExitCodes.OK.code;
  }

  @Command(name = "create", description = "Create a destination.")
  int create(
      @Option(names = "--workspace", required = true, paramLabel = "ID") UUID workspaceId,
      @Option(names = "--name", required = true) String name,
      @Option(names = "--definition", required = true, paramLabel = "ID",
          description = "The connector definition (see `airbyte definitions destinations`).") UUID definitionId,
      @Option(names = "--config", required = true, paramLabel = "JSON|@FILE",
          description = "The connector configuration as a JSON object.") String config) {
    DestinationResponse destination = root.client().destinations().createDestination(new DestinationCreateRequest()
        .workspaceId(workspaceId).name(name).definitionId(definitionId)
        ._configuration(JsonArgument.object("--config", config)));
    root.output().object(destination,
        "created destination " + destination.getDestinationId() + " (" + destination.getName() + ")");
    return ExitCodes.OK.code;
  }

  @Command(name = "delete", description = "Delete a destination.")
  int delete(@Parameters(paramLabel = "DESTINATION_ID") UUID destinationId) {
    root.client().destinations().deleteDestination(destinationId);
    root.output().object(Map.of("deleted", destinationId), "deleted destination " + destinationId);
    return ExitCodes.OK.code;
  }

  static List<String> row(DestinationResponse d) {
    return List.of(String.valueOf(d.getDestinationId()), d.getName(), d.getDestinationType(),
        String.valueOf(d.getWorkspaceId()));
  }
}
