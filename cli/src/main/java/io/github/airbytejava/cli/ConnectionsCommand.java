package io.github.airbytejava.cli;

import io.github.airbytejava.generated.model.AirbyteApiConnectionSchedule;
import io.github.airbytejava.generated.model.ConnectionCreateRequest;
import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectionsResponse;
import io.github.airbytejava.generated.model.ScheduleTypeEnum;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte connections list|get|create|delete}. */
@Command(name = "connections", description = "Connections: a source synced into a destination.")
final class ConnectionsCommand {

  @ParentCommand AirbyteCli root;

  @Command(name = "list", description = "List connections, of all workspaces or of those given.")
  int list(@Option(names = "--workspace", paramLabel = "ID") List<UUID> workspaces, @Mixin Listing listing) {
    List<ConnectionResponse> connections = listing.fetch(root.client(),
        (limit, offset) -> root.client().connections().listConnections(workspaces, null, false, limit, offset),
        ConnectionsResponse::getData);
    root.output().table(connections, List.of("CONNECTION ID", "NAME", "STATUS", "SOURCE ID", "DESTINATION ID"),
        ConnectionsCommand::row);
    return ExitCodes.OK.code;
  }

  @Command(name = "get", description = "Show one connection.")
  int get(@Parameters(paramLabel = "CONNECTION_ID") UUID connectionId) {
    ConnectionResponse connection = root.client().connections().getConnection(connectionId);
    root.output().object(connection, String.join("  ", row(connection)) + "\nschedule: "
        + connection.getSchedule().getScheduleType());
    return ExitCodes.OK.code;
  }

  @Command(name = "create", description = "Connect a source to a destination.")
  int create(
      @Option(names = "--source", required = true, paramLabel = "ID") UUID sourceId,
      @Option(names = "--destination", required = true, paramLabel = "ID") UUID destinationId,
      @Option(names = "--name") String name,
      @Option(names = "--cron", paramLabel = "EXPRESSION",
          description = "A Quartz cron schedule, e.g. '0 0 * * * ?'; without it syncs run when triggered.") String cron) {
    ConnectionCreateRequest request = new ConnectionCreateRequest()
        .sourceId(sourceId).destinationId(destinationId).name(name)
        .schedule(cron == null
            ? new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.MANUAL)
            : new AirbyteApiConnectionSchedule().scheduleType(ScheduleTypeEnum.CRON).cronExpression(cron));
    ConnectionResponse connection = root.client().connections().createConnection(request);
    root.output().object(connection,
        "created connection " + connection.getConnectionId() + " (" + connection.getName() + ")");
    return ExitCodes.OK.code;
  }

  @Command(name = "delete", description = "Delete a connection.")
  int delete(@Parameters(paramLabel = "CONNECTION_ID") UUID connectionId) {
    root.client().connections().deleteConnection(connectionId);
    root.output().object(Map.of("deleted", connectionId), "deleted connection " + connectionId);
    return ExitCodes.OK.code;
  }

  static List<String> row(ConnectionResponse c) {
    return List.of(String.valueOf(c.getConnectionId()), c.getName(), String.valueOf(c.getStatus()),
        String.valueOf(c.getSourceId()), String.valueOf(c.getDestinationId()));
  }
}
