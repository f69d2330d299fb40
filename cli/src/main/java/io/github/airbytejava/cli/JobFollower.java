package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobStatusEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/** Polls a job until it reaches a terminal state, reporting each change of status. */
final class JobFollower {

  /** States a job does not leave. ({@code incomplete} is not one: Airbyte retries the attempt.) */
  static final Set<JobStatusEnum> TERMINAL =
      EnumSet.of(JobStatusEnum.SUCCEEDED, JobStatusEnum.FAILED, JobStatusEnum.CANCELLED);

  private final AirbyteClient client;
  private final Duration interval;
  private final Duration timeout;

  JobFollower(AirbyteClient client, Duration interval, Duration timeout) {
    this.client = client;
    this.interval = interval;
    this.timeout = timeout;
  }

  /**
   * The job in its terminal state; {@code progress} sees the first response and every change of
   * status.
   *
   * @throws IllegalStateException when the job is not done within the timeout
   */
  JobResponse follow(long jobId, Consumer<JobResponse> progress) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    JobStatusEnum last = null;
    while (true) {
      JobResponse job = client.jobs().getJob(jobId);
      if (job.getStatus() != last) {
        progress.accept(job);
        last = job.getStatus();
      }
      if (TERMINAL.contains(job.getStatus())) {
        return job;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("job " + jobId + " is still " + job.getStatus() + " after " + timeout
            + "; follow it with `airbyte jobs get " + jobId + "`");
      }
      Thread.sleep(interval.toMillis());
    }
  }

  /** One line about a job, such as {@code job 42  running  rows 1200  bytes 2.4 MB}. */
  static String describe(JobResponse job) {
    StringBuilder line = new StringBuilder("job ").append(job.getJobId()).append("  ").append(job.getStatus());
    if (job.getRowsSynced() != null) {
      line.append("  rows ").append(job.getRowsSynced());
    }
    if (job.getBytesSynced() != null) {
      line.append("  bytes ").append(job.getBytesSynced());
    }
    if (job.getDuration() != null) {
      line.append("  duration ").append(job.getDuration());
    }
    return line.toString();
  }
}
