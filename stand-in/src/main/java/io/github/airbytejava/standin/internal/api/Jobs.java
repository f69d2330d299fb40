package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.generated.model.ConnectionResponse;
import io.github.airbytejava.generated.model.ConnectionStatusEnum;
import io.github.airbytejava.generated.model.JobCreateRequest;
import io.github.airbytejava.generated.model.JobResponse;
import io.github.airbytejava.generated.model.JobStatusEnum;
import io.github.airbytejava.generated.model.JobTypeEnum;
import io.github.airbytejava.generated.model.JobsResponse;
import io.github.airbytejava.standin.JobContext;
import io.github.airbytejava.standin.JobProgression;
import io.github.airbytejava.standin.internal.ProblemException;
import io.github.airbytejava.standin.internal.http.ApiRequest;
import io.github.airbytejava.standin.internal.http.ApiResponse;
import io.github.airbytejava.standin.internal.http.OperationRegistry;
import io.github.airbytejava.standin.internal.http.Paging;
import io.github.airbytejava.standin.internal.state.StateContext;
import io.github.airbytejava.standin.internal.state.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * Jobs of connections, with sequential ids like Airbyte's. A job moves {@code pending} → {@code
 * running} → {@code succeeded} (or {@code failed}, when the failure rule says so at creation) as
 * its {@link JobProgression} says; {@code cancelJob} stops a job that has not finished. A seeded
 * job can be pinned to one status for good. Only an active connection syncs.
 *
 * <p>Status is worked out when a job is read (under the state lock), which is also when {@code
 * lastUpdatedAt} moves. Only {@code getJob} counts as a poll; {@code listJobs} shows jobs without
 * moving them, so paging through jobs never changes them.
 */
final class Jobs implements OperationGroup {
  private static final Pattern ORDER_BY = Pattern.compile("(\\w+)\\|(ASC|DESC)");
  private static final long ROWS_PER_SYNC = 1_000;
  private static final long BYTES_PER_SYNC = 262_144;

  private final StateContext state;
  private final Connections connections;
  private final JobProgression progression;
  private final Predicate<JobContext> failWhen;
  private final Table<Long, Job> jobs = new Table<>("job");
  private long nextId = 1;

  Jobs(
      StateContext state,
      Connections connections,
      JobProgression progression,
      Predicate<JobContext> failWhen) {
    this.state = state;
    this.connections = connections;
    this.progression = progression;
    this.failWhen = failWhen;
  }

  /**
   * Starts a job.
   *
   * @param id the id to give it, or null for the next in sequence
   * @param pinned a status to keep for good, or null to progress
   * @throws ProblemException bad-request for a sync of a connection that is not active
   */
  JobResponse create(
      @Nullable Long id, UUID connectionId, JobTypeEnum type, @Nullable JobStatusEnum pinned) {
    ConnectionResponse connection = connections.get(connectionId);
    // Airbyte refuses to sync a connection that is not active; resets and clears stay allowed.
    if (type == JobTypeEnum.SYNC && connection.getStatus() != ConnectionStatusEnum.ACTIVE) {
      throw ProblemException.badRequest(
          "Connection "
              + connectionId
              + " is "
              + connection.getStatus().getValue()
              + "; only an active connection can sync. Activate it first (PATCH /connections/"
              + connectionId
              + " with {\"status\": \"active\"}).");
    }
    long jobId = id == null ? nextId : id;
    nextId = Math.max(nextId, jobId + 1);
    JobStatusEnum outcome =
        failWhen.test(new JobContext(jobId, connectionId, connection.getName(), type))
            ? JobStatusEnum.FAILED
            : JobStatusEnum.SUCCEEDED;
    Instant now = state.now();
    Job job = new Job(jobId, connectionId, connection.getWorkspaceId(), type, now, outcome, pinned);
    jobs.insert(jobId, job);
    return render(job);
  }

  @Override
  public void register(OperationRegistry registry) {
    registry
        .on("createJob", this::createOverHttp)
        .on("getJob", this::poll)
        .on("cancelJob", this::cancel)
        .on("listJobs", this::list);
  }

  private ApiResponse createOverHttp(ApiRequest request) {
    JobCreateRequest create = request.body(JobCreateRequest.class);
    return ApiResponse.ok(create(null, create.getConnectionId(), create.getJobType(), null));
  }

  private ApiResponse poll(ApiRequest request) {
    Job job = jobs.get(request.pathLong("jobId"));
    job.polls++;
    return ApiResponse.ok(render(job));
  }

  private ApiResponse cancel(ApiRequest request) {
    Job job = jobs.get(request.pathLong("jobId"));
    observe(job);
    if (isFinished(job.status)) {
      throw ProblemException.conflict(
          "Job "
              + job.id
              + " has already finished ("
              + job.status.getValue()
              + "); only pending or running jobs can be cancelled.");
    }
    Instant now = state.now();
    job.status = JobStatusEnum.CANCELLED;
    job.updatedAt = now;
    job.finishedAt = now;
    return ApiResponse.ok(render(job));
  }

  private ApiResponse list(ApiRequest request) {
    Optional<UUID> connectionId = request.queryUuid("connectionId");
    Optional<JobTypeEnum> type = request.query("jobType").map(JobTypeEnum::fromValue);
    Optional<JobStatusEnum> status = request.query("status").map(JobStatusEnum::fromValue);
    Predicate<UUID> inWorkspaces = request.uuidFilter("workspaceIds");
    Predicate<Instant> created = window(request, "createdAtStart", "createdAtEnd");
    Predicate<Instant> updated = window(request, "updatedAtStart", "updatedAtEnd");
    Comparator<Job> order = order(request.query("orderBy").orElse("createdAt|DESC"));
    jobs.live().forEach(this::observe);
    List<JobResponse> matching =
        jobs.live().stream()
            .filter(job -> connectionId.isEmpty() || connectionId.get().equals(job.connectionId))
            .filter(job -> type.isEmpty() || type.get() == job.type)
            .filter(job -> status.isEmpty() || status.get() == job.status)
            .filter(job -> inWorkspaces.test(job.workspaceId))
            .filter(job -> created.test(job.createdAt) && updated.test(job.updatedAt))
            .sorted(order)
            .map(this::render)
            .toList();
    Paging.Page<JobResponse> page = Paging.page(matching, request);
    return ApiResponse.ok(
        new JobsResponse().data(page.items()).next(page.next()).previous(page.previous()));
  }

  private static Predicate<Instant> window(
      ApiRequest request, String startParameter, String endParameter) {
    Optional<Instant> start = request.queryDateTime(startParameter).map(OffsetDateTime::toInstant);
    Optional<Instant> end = request.queryDateTime(endParameter).map(OffsetDateTime::toInstant);
    return instant ->
        start.map(s -> !instant.isBefore(s)).orElse(true)
            && end.map(e -> !instant.isAfter(e)).orElse(true);
  }

  private static Comparator<Job> order(String orderBy) {
    Matcher matcher = ORDER_BY.matcher(orderBy);
    if (!matcher.matches()) {
      throw ProblemException.badRequest(
          "orderBy must look like 'createdAt|DESC' or 'updatedAt|ASC', got '" + orderBy + "'.");
    }
    Function<Job, Instant> field =
        switch (matcher.group(1)) {
          case "createdAt" -> job -> job.createdAt;
          case "updatedAt" -> job -> job.updatedAt;
          default ->
              throw ProblemException.badRequest(
                  "Jobs can be ordered by createdAt or updatedAt, not '" + matcher.group(1) + "'.");
        };
    // Ties (jobs created in the same millisecond) are broken by id, so pages never overlap.
    Comparator<Job> ascending = Comparator.comparing(field).thenComparingLong(job -> job.id);
    return matcher.group(2).equals("ASC") ? ascending : ascending.reversed();
  }

  /** Brings the job's status up to date with its progression. */
  private void observe(Job job) {
    if (job.pinned != null || job.status == JobStatusEnum.CANCELLED || isFinished(job.status)) {
      return;
    }
    Instant now = state.now();
    int steps = progression.stepsTaken(job.createdAt, job.polls, now);
    JobStatusEnum status =
        steps <= 0 ? JobStatusEnum.PENDING : steps == 1 ? JobStatusEnum.RUNNING : job.outcome;
    if (status != job.status) {
      // With a clock-driven progression the change happened at a known moment, not when someone
      // looked.
      Instant changedAt =
          progression
              .step()
              .map(step -> job.createdAt.plus(step.multipliedBy(Math.min(steps, 2))))
              .orElse(now);
      job.status = status;
      job.updatedAt = changedAt;
      if (isFinished(status)) {
        job.finishedAt = changedAt;
      }
    }
  }

  private JobResponse render(Job job) {
    observe(job);
    JobResponse response =
        new JobResponse()
            .jobId(job.id)
            .status(job.status)
            .jobType(job.type)
            .startTime(Timestamps.iso(job.createdAt))
            .connectionId(job.connectionId)
            .lastUpdatedAt(Timestamps.iso(job.updatedAt));
    if (job.finishedAt != null) {
      response.setDuration(Duration.between(job.createdAt, job.finishedAt).toString());
    }
    if (job.status == JobStatusEnum.SUCCEEDED) {
      response.setRowsSynced(ROWS_PER_SYNC);
      response.setBytesSynced(BYTES_PER_SYNC);
    }
    return response;
  }

  private static boolean isFinished(JobStatusEnum status) {
    return status == JobStatusEnum.SUCCEEDED
        || status == JobStatusEnum.FAILED
        || status == JobStatusEnum.CANCELLED
        || status == JobStatusEnum.INCOMPLETE;
  }

  @Override
  public void clear() {
    jobs.clear();
    nextId = 1;
  }

  private static final class Job {
    private final long id;
    private final UUID connectionId;
    private final UUID workspaceId;
    private final JobTypeEnum type;
    private final Instant createdAt;
    private final JobStatusEnum outcome;
    @Nullable private final JobStatusEnum pinned;
    private int polls;
    private JobStatusEnum status;
    private Instant updatedAt;
    @Nullable private Instant finishedAt;

    private Job(
        long id,
        UUID connectionId,
        UUID workspaceId,
        JobTypeEnum type,
        Instant createdAt,
        JobStatusEnum outcome,
        @Nullable JobStatusEnum pinned) {
      this.id = id;
      this.connectionId = connectionId;
      this.workspaceId = workspaceId;
      this.type = type;
      this.createdAt = createdAt;
      this.outcome = outcome;
      this.pinned = pinned;
      this.status = pinned == null ? JobStatusEnum.PENDING : pinned;
      this.updatedAt = createdAt;
      this.finishedAt = pinned != null && isFinished(pinned) ? createdAt : null;
    }
  }
}
