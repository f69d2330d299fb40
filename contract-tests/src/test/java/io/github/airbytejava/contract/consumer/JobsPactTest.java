package io.github.airbytejava.contract.consumer;

import static io.github.airbytejava.contract.consumer.Examples.CONNECTION_ID;
import static io.github.airbytejava.contract.consumer.Examples.JOB_ID;
import static io.github.airbytejava.contract.consumer.Shapes.list;
import static io.github.airbytejava.contract.consumer.Shapes.object;
import static io.github.airbytejava.contract.consumer.States.CONNECTION;
import static io.github.airbytejava.contract.consumer.States.INACTIVE_CONNECTION;
import static io.github.airbytejava.contract.consumer.States.NO_JOB;
import static io.github.airbytejava.contract.consumer.States.RUNNING_JOB;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.airbytejava.client.AirbyteBadRequestException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.generated.api.JobsApi.ListJobsQueryParams;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobTypeEnum;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobsPactTest extends ConsumerPactTest {

  @Pact(consumer = CONSUMER)
  V4Pact listJobs(PactDslWithProvider builder) {
    return respond(
            request(given(builder, RUNNING_JOB).uponReceiving("list the sync jobs of a connection, newest first"),
                "GET", "/jobs")
                .query("limit=20&offset=0&jobType=sync&orderBy=updatedAt|DESC")
                .queryParameterFromProviderState("connectionId", expression("connectionId"), example("connectionId")),
            200, list(Shapes::job))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listJobs")
  void listsTheSyncJobsOfAConnectionNewestFirst() {
    List<JobResponse> jobs = client.jobs().listJobs(new ListJobsQueryParams()
            .connectionId(CONNECTION_ID).jobType(JobTypeEnum.SYNC).orderBy("updatedAt|DESC").limit(20).offset(0))
        .getData();

    assertThat(jobs).singleElement().satisfies(JobsPactTest::assertRunningSync);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getJob(PactDslWithProvider builder) {
    return respond(request(given(builder, RUNNING_JOB).uponReceiving("get a job"), "GET", "/jobs/${jobId}"),
            200, object(Shapes::job))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getJob")
  void getsTheStatusOfAJob() {
    assertRunningSync(client.jobs().getJob(JOB_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingJob(PactDslWithProvider builder) {
    return error(request(given(builder, NO_JOB).uponReceiving("get a job that does not exist"),
                "GET", "/jobs/${jobId}"), 404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingJob")
  void getOfAMissingJobThrowsNotFound() {
    assertFailsWith(AirbyteNotFoundException.class, 404, () -> client.jobs().getJob(JOB_ID));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createJob(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION).uponReceiving("start a sync of a connection"),
                "POST", "/jobs", syncOfConnection()),
            200, object(Shapes::job))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createJob")
  void startsASyncAndDecodesTheJob() {
    JobCreateRequest sync = new JobCreateRequest().connectionId(CONNECTION_ID).jobType(JobTypeEnum.SYNC);

    assertRunningSync(client.jobs().createJob(sync));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createJobForInactiveConnection(PactDslWithProvider builder) {
    return error(request(given(builder, INACTIVE_CONNECTION).uponReceiving("start a sync of an inactive connection"),
                "POST", "/jobs", syncOfConnection()), 400)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createJobForInactiveConnection")
  void startingASyncOfAnInactiveConnectionThrowsBadRequest() {
    JobCreateRequest sync = new JobCreateRequest().connectionId(CONNECTION_ID).jobType(JobTypeEnum.SYNC);

    assertFailsWith(AirbyteBadRequestException.class, 400, () -> client.jobs().createJob(sync));
  }

  @Pact(consumer = CONSUMER)
  V4Pact cancelJob(PactDslWithProvider builder) {
    return respond(request(given(builder, RUNNING_JOB).uponReceiving("cancel a running job"),
                "DELETE", "/jobs/${jobId}"),
            200, object(job -> {
              Shapes.job(job);
              job.stringType("status", "cancelled");
            }))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "cancelJob")
  void cancelsAJobAndDecodesItsNewStatus() {
    JobResponse cancelled = client.jobs().cancelJob(JOB_ID);

    assertThat(cancelled.getJobId()).isEqualTo(JOB_ID);
    assertThat(cancelled.getStatus()).hasToString("cancelled");
  }

  private static DslPart syncOfConnection() {
    return object(body -> {
      body.valueFromProviderState("connectionId", expression("connectionId"), example("connectionId"));
      body.stringValue("jobType", "sync");
    });
  }

  private static void assertRunningSync(JobResponse job) {
    assertThat(job.getJobId()).isEqualTo(JOB_ID);
    assertThat(job.getStatus()).hasToString("running");
    assertThat(job.getJobType()).hasToString("sync");
    assertThat(job.getStartTime()).isEqualTo(Shapes.TIMESTAMP);
    assertThat(job.getConnectionId()).isEqualTo(CONNECTION_ID);
  }
}
