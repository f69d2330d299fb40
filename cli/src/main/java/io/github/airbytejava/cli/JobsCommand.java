package io.github.airbytejava.cli;

import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.JobsResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code airbyte jobs list|get|cancel|sync}. */
@Command(name = "jobs", description = "Jobs: syncs and resets, running or done.")
final class JobsCommand {

  @ParentCommand AirbyteCli root;

  @Command(name = "list", description = "List jobs, newest first.")
  int list(
      @Option(names = "--connection", paramLabel = "ID") UUID connectionId,
      @Option(names = "--workspace", paramLabel = "ID") List<UUID> workspaces,
      @Option(names = "--status", paramLabel = "STATUS", description = "e.g. running, failed, succeeded") String status,
      @Mixin Listing listing) {
    JobStatusEnum statusFilter = status == null ? null : JobStatusEnum.fromValue(status);
    List<JobResponse> jobs = listing.fetch(root.client(),
        (limit, offset) -> root.client().jobs().listJobs(connectionId, limit, offset, null, workspaces, statusFilter,
            null, null, null, null, "createdAt|DESC"),
        JobsResponse::getData);
    root.output().table(jobs, List.of("JOB ID", "STATUS", "TYPE", "CONNECTION ID", "STARTED"),
        j -> List.of(String.valueOf(j.getJobId()), String.valueOf(j.getStatus()), String.valueOf(j.getJobType()),
            String.valueOf(j.getConnectionId()), String.valueOf(j.getStartTime())));
    return ExitCodes.OK.code;
  }

  @Command(name = "get", description = "Show one job.")
  int get(@Parameters(paramLabel = "JOB_ID") long jobId) {
    JobResponse job = root.client().jobs().getJob(jobId);
    root.output().object(job, JobFollower.describe(job));
    return ExitCodes.OK.code;
  }

  @Command(name = "cancel", description = "Cancel a running job.")
  int cancel(@Parameters(paramLabel = "JOB_ID") long jobId) {
    JobResponse job = root.client().jobs().cancelJob(jobId);
    root.output().object(job, "cancelled: " + JobFollower.describe(job));
    return ExitCodes.OK.code;
  }

  @Command(name = "sync", description = "Start a sync of a connection; with --wait, follow it to the end.")
  int sync(
      @Option(names = "--connection", required = true, paramLabel = "ID") UUID connectionId,
      @Option(names = "--wait", description = "Follow the job until it succeeds, fails or is cancelled.") boolean wait,
      @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2",
          description = "Seconds between polls with --wait (default: ${DEFAULT-VALUE}).") double pollSeconds,
      @Option(names = "--wait-timeout", paramLabel = "MINUTES", defaultValue = "120",
          description = "Give up waiting after this long (default: ${DEFAULT-VALUE}).") long waitMinutes)
      throws InterruptedException {
    JobResponse job = root.client().jobs()
        .createJob(new JobCreateRequest().connectionId(connectionId).jobType(JobTypeEnum.SYNC));
    Output output = root.output();
    output.say("started " + JobFollower.describe(job));
    if (!wait) {
      output.object(job, "follow it with: airbyte jobs get " + job.getJobId());
      return ExitCodes.OK.code;
    }
    JobResponse done = new JobFollower(root.client(), Duration.ofMillis((long) (pollSeconds * 1000)),
        Duration.ofMinutes(waitMinutes)).follow(job.getJobId(), j -> output.say("  " + JobFollower.describe(j)));
    output.object(done, "finished " + JobFollower.describe(done));
    return done.getStatus() == JobStatusEnum.SUCCEEDED ? ExitCodes.OK.code : ExitCodes.JOB_FAILED.code;
  }
}
