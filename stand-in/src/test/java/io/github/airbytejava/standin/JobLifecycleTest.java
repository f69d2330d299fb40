package io.github.airbytejava.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Jobs move pending, running, then succeeded or failed, per poll or by the clock; and can be
 * cancelled.
 */
class JobLifecycleTest {

  @Test
  void perPollAJobIsPendingThenRunningThenSucceeded() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      TestHttp http = new TestHttp(standIn);
      UUID connection = connection(standIn, "Nightly");

      Exchange created =
          http.post("/jobs", "{\"connectionId\":\"" + connection + "\",\"jobType\":\"sync\"}");
      long jobId = created.json().get("jobId").asLong();

      assertThat(created.json().get("status").asText()).isEqualTo("pending");
      assertThat(statusAfterPoll(http, jobId)).isEqualTo("running");
      JsonNode finished = http.get("/jobs/" + jobId).json();
      assertThat(finished.get("status").asText()).isEqualTo("succeeded");
      assertThat(finished.get("rowsSynced").asLong()).isPositive();
      assertThat(finished.get("duration").asText()).startsWith("PT");
      assertThat(statusAfterPoll(http, jobId)).isEqualTo("succeeded");
    }
  }

  @Test
  void aConnectionNamedWithFailHasFailingJobs() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      TestHttp http = new TestHttp(standIn);
      long jobId = standIn.state().createJob(connection(standIn, "Should FAIL"), JobTypeEnum.SYNC);

      assertThat(statusAfterPoll(http, jobId)).isEqualTo("running");
      assertThat(statusAfterPoll(http, jobId)).isEqualTo("failed");
    }
  }

  @Test
  void theFailureRuleIsConfigurable() {
    try (AirbyteStandIn standIn =
        AirbyteStandIn.builder().failJobsWhen(job -> job.jobType() == JobTypeEnum.RESET).start()) {
      TestHttp http = new TestHttp(standIn);
      UUID connection = connection(standIn, "fail-in-name-but-rule-differs");
      long sync = standIn.state().createJob(connection, JobTypeEnum.SYNC);
      long reset = standIn.state().createJob(connection, JobTypeEnum.RESET);

      http.get("/jobs/" + sync);
      http.get("/jobs/" + reset);

      assertThat(statusAfterPoll(http, sync)).isEqualTo("succeeded");
      assertThat(statusAfterPoll(http, reset)).isEqualTo("failed");
    }
  }

  @Test
  void byTheClockJobsMoveOneStepPerPeriodWithoutPolling() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (AirbyteStandIn standIn =
        AirbyteStandIn.builder()
            .clock(clock)
            .tokenLifetime(Duration.ofHours(1))
            .jobProgression(JobProgression.every(Duration.ofSeconds(10)))
            .start()) {
      TestHttp http = new TestHttp(standIn);
      long jobId = standIn.state().createJob(connection(standIn, "Nightly"), JobTypeEnum.SYNC);

      assertThat(statusAfterPoll(http, jobId)).isEqualTo("pending");
      assertThat(statusAfterPoll(http, jobId)).isEqualTo("pending");
      clock.advance(Duration.ofSeconds(10));
      assertThat(statusAfterPoll(http, jobId)).isEqualTo("running");
      clock.advance(Duration.ofSeconds(10));
      JsonNode job = http.get("/jobs/" + jobId).json();
      assertThat(job.get("status").asText()).isEqualTo("succeeded");
      assertThat(job.get("duration").asText()).isEqualTo("PT20S");
      assertThat(job.get("lastUpdatedAt").asText()).isEqualTo("2026-01-01T00:00:20Z");
    }
  }

  @Test
  void aRunningJobCanBeCancelledAFinishedOneCannot() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      TestHttp http = new TestHttp(standIn);
      UUID connection = connection(standIn, "Nightly");
      long running = standIn.state().createJob(connection, JobTypeEnum.SYNC);
      http.get("/jobs/" + running);
      long finished =
          standIn.state().createJob(connection, JobTypeEnum.SYNC, JobStatusEnum.SUCCEEDED);

      Exchange cancelled = http.delete("/jobs/" + running);
      Exchange refused = http.delete("/jobs/" + finished);

      assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
      assertThat(statusAfterPoll(http, running)).isEqualTo("cancelled");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().get("title").asText()).isEqualTo("state-conflict");
    }
  }

  @Test
  void aPinnedJobKeepsItsStatus() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      TestHttp http = new TestHttp(standIn);
      long jobId =
          standIn
              .state()
              .createJob(
                  77, connection(standIn, "Nightly"), JobTypeEnum.SYNC, JobStatusEnum.RUNNING);

      assertThat(jobId).isEqualTo(77);
      assertThat(statusAfterPoll(http, 77)).isEqualTo("running");
      assertThat(statusAfterPoll(http, 77)).isEqualTo("running");
      long next = standIn.state().createJob(connection(standIn, "Other"), JobTypeEnum.SYNC);
      assertThat(next).isEqualTo(78);
    }
  }

  @Test
  void listJobsFiltersAndOrdersWithoutMovingJobs() {
    try (AirbyteStandIn standIn = AirbyteStandIn.start()) {
      TestHttp http = new TestHttp(standIn);
      UUID nightly = connection(standIn, "Nightly");
      UUID hourly = connection(standIn, "Hourly");
      List<Long> nightlyJobs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        nightlyJobs.add(standIn.state().createJob(nightly, JobTypeEnum.SYNC));
      }
      standIn.state().createJob(hourly, JobTypeEnum.SYNC);

      JsonNode ascending =
          http.get("/jobs?connectionId=" + nightly + "&orderBy=createdAt%7CASC").json();
      JsonNode descending = http.get("/jobs?connectionId=" + nightly).json();
      JsonNode pending = http.get("/jobs?status=pending&jobType=sync").json();

      assertThat(ids(ascending)).containsExactlyElementsOf(nightlyJobs);
      List<Long> newestFirst = new ArrayList<>(nightlyJobs);
      Collections.reverse(newestFirst);
      assertThat(ids(descending)).containsExactlyElementsOf(newestFirst);
      assertThat(pending.get("data")).hasSize(4);
      assertThat(http.get("/jobs?orderBy=name%7CASC").status()).isEqualTo(400);
    }
  }

  private static String statusAfterPoll(TestHttp http, long jobId) {
    Exchange exchange = http.get("/jobs/" + jobId);
    assertThat(SpecCheck.validate(exchange).hasErrors()).as("%s", exchange).isFalse();
    return exchange.json().get("status").asText();
  }

  private static List<Long> ids(JsonNode jobs) {
    List<Long> ids = new ArrayList<>();
    jobs.get("data").forEach(job -> ids.add(job.get("jobId").asLong()));
    return ids;
  }

  private static UUID connection(AirbyteStandIn standIn, String name) {
    UUID workspace = standIn.state().createWorkspace("Analytics " + name);
    UUID source = standIn.state().createSource(workspace, "Warehouse", "postgres");
    UUID destination = standIn.state().createDestination(workspace, "Lake", "dev-null");
    return standIn.state().createConnection(source, destination, name);
  }
}
