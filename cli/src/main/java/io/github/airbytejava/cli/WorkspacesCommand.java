package io.github.airbytejava.cli;

import io.github.airbytejava.generated.model.WorkspaceResponse;
import io.github.airbytejava.generated.model.WorkspacesResponse;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte workspaces list}. */
@Command(name = "workspaces", description = "Workspaces.", subcommands = {picocli.CommandLine.HelpCommand.class})
final class WorkspacesCommand {

  @ParentCommand AirbyteCli root;

  @Command(name = "list", description = "List the workspaces you can see.")
  int list(@Mixin Listing listing) {
    List<WorkspaceResponse> workspaces = listing.fetch(root.client(),
        (limit, offset) -> root.client().workspaces().listWorkspaces(null, false, limit, offset),
        WorkspacesResponse::getData);
    root.output().table(workspaces, List.of("WORKSPACE ID", "NAME", "DATA RESIDENCY"),
        w -> List.of(String.valueOf(w.getWorkspaceId()), w.getName(), String.valueOf(w.getDataResidency())));
    return ExitCodes.OK.code;
  }
}
