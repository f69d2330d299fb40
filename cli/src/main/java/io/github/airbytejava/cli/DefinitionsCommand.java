package io.github.airbytejava.cli;

import io.github.airbytejava.generated.model.ConnectorDefinitionResponse;
import io.github.airbytejava.generated.model.ConnectorType;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte definitions sources|destinations}: the connectors one can create. */
@Command(name = "definitions", description = "Connector definitions: the kinds of sources and destinations.")
final class DefinitionsCommand {

  @ParentCommand AirbyteCli root;

  @Command(name = "sources", description = "List source connectors.")
  int sources(@Option(names = "--workspace", paramLabel = "ID",
      description = "Include the workspace's custom connectors.") UUID workspaceId) {
    return print(ConnectorType.SOURCE, workspaceId);
  }

  @Command(name = "destinations", description = "List destination connectors.")
  int destinations(@Option(names = "--workspace", paramLabel = "ID",
      description = "Include the workspace's custom connectors.") UUID workspaceId) {
    return print(ConnectorType.DESTINATION, workspaceId);
  }

  private int print(ConnectorType type, UUID workspaceId) {
    List<ConnectorDefinitionResponse> definitions =
        root.client().connectorDefinitions().listConnectorDefinitions(type, workspaceId).getData();
    root.output().table(definitions, List.of("DEFINITION ID", "NAME", "VERSION"),
        d -> List.of(String.valueOf(d.getId()), d.getName(), d.getVersion()));
    return ExitCodes.OK.code;
  }
}
