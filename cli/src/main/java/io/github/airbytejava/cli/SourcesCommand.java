package io.github.airbytejava.cli;

import io.github.airbytejava.generated.model.SourceCreateRequest;
import io.github.airbytejava.generated.model.SourceResponse;
import io.github.airbytejava.generated.model.SourcesResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte sources list|get|create|delete}. */
@Command(name = "sources", description = "Sources: where data is read from.")
final class SourcesCommand {

  @ParentCommand AirbyteCli root;

  @Command(name = "list", description = "List sources, of all workspaces or of those given.")
  int list(@Option(names = "--workspace", paramLabel = "ID") List<UUID> workspaces, @Mixin Listing listing) {
    List<SourceResponse> sources = listing.fetch(root.client(),
        (limit, offset) -> root.client().sources().listSources(workspaces, false, limit, offset),
        SourcesResponse::getData);
    root.output().table(sources, List.of("SOURCE ID", "NAME", "TYPE", "WORKSPACE ID"), SourcesCommand::row);
    return ExitCodes.OK.code;
  }

  @Command(name = "get", description = "Show one source, with its configuration (secrets are masked by Airbyte).")
  int get(@Parameters(paramLabel = "SOURCE_ID") UUID sourceId) {
    SourceResponse source = root.client().sources().getSource(sourceId, (Boolean) null);
    root.output().object(source, String.join("  ", row(source)) + "\nconfiguration: "
        + Output.toJson(source.getConfiguration()));
    return ExitCodes.OK.code;
  }

  @Command(name = "create", description = "Create a source.")
  int create(
      @Option(names = "--workspace", required = true, paramLabel = "ID") UUID workspaceId,
      @Option(names = "--name", required = true) String name,
      @Option(names = "--definition", required = true, paramLabel = "ID",
          description = "The connector definition (see `airbyte definitions sources`).") UUID definitionId,
      @Option(names = "--config", required = true, paramLabel = "JSON|@FILE",
          description = "The connector configuration as a JSON object.") String config) {
    SourceResponse source = root.client().sources().createSource(new SourceCreateRequest()
        .workspaceId(workspaceId).name(name).definitionId(definitionId)
        ._configuration(JsonArgument.object("--config", config)));
    root.output().object(source, "created source " + source.getSourceId() + " (" + source.getName() + ")");
    return ExitCodes.OK.code;
  }

  @Command(name = "delete", description = "Delete a source.")
  int delete(@Parameters(paramLabel = "SOURCE_ID") UUID sourceId) {
    root.client().sources().deleteSource(sourceId);
    root.output().object(Map.of("deleted", sourceId), "deleted source " + sourceId);
    return ExitCodes.OK.code;
  }

  static List<String> row(SourceResponse s) {
    return List.of(String.valueOf(s.getSourceId()), s.getName(), s.getSourceType(), String.valueOf(s.getWorkspaceId()));
  }
}
