package io.github.airbytejava.standin;

import io.github.airbytejava.generated.model.JobTypeEnum;
import java.util.Locale;
import java.util.UUID;

/**
 * What the job failure rule ({@link AirbyteStandIn.Builder#failJobsWhen}) sees of a job when it is
 * created.
 *
 * @param jobId the new job's id
 * @param connectionId the connection it runs for
 * @param connectionName that connection's name
 * @param jobType sync, reset, refresh or clear
 */
public record JobContext(
    long jobId, UUID connectionId, String connectionName, JobTypeEnum jobType) {

  /** The default rule: a job fails when its connection's name contains "fail", in any case. */
  public boolean connectionNameContainsFail() {
    return connectionName.toLowerCase(Locale.ROOT).contains("fail");
  }
}
