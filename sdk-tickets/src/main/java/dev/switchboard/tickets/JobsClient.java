package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Poller;
import dev.switchboard.core.spi.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom asynchronous jobs ({@code GET /jobs/status/{job_id}}), and waiting for one to finish.
 *
 * <p>{@link #awaitCompletion(String, Duration)} polls with growing pauses (0.5 s, 1 s, 2 s, ... at most 10 s), never
 * past the given deadline, using the connection's clock and sleeper; {@link #awaitCompletion(String, PollWait)} takes
 * the deadline and the pauses as a {@link PollWait}. Each has an {@code …Async} twin that schedules its polls and never
 * blocks a thread. A job that failed, or had not finished by the deadline, ends the wait with a
 * {@link JobFailedException} whose {@link JobFailedException#reason() reason()} tells which.
 *
 * <pre>{@code
 * Job done = intercom.jobs().awaitCompletion(job.id(), Duration.ofMinutes(1));
 * }</pre>
 */
public final class JobsClient implements ResourceClient<JobsClient> {
    /** First pause between polls. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    /** Longest pause between polls. */
    static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final Transport transport;

    /** @param connection the Intercom connection */
    public JobsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private JobsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public JobsClient withOptions(RequestOptions options) {
        return new JobsClient(transport.withOptions(options));
    }

    /**
     * @param jobId the job's id
     * @return its current state ({@link dev.switchboard.core.NotFoundException} for {@code job_not_found})
     */
    public Job status(String jobId) {
        return transport.execute(request(jobId), Job.class);
    }

    /**
     * @param jobId the job's id
     * @return completes with its current state
     */
    public CompletableFuture<Job> statusAsync(String jobId) {
        try {
            return transport.executeAsync(request(jobId), Job.class);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static ApiRequest request(String jobId) {
        return ApiRequest.builder(HttpMethod.GET, "/jobs/status/{job_id}", jobId).build();
    }

    /**
     * Polls until the job finishes: at once, then after pauses of 0.5 s doubling up to 10 s, never past
     * {@code maxWait}. The same as {@link #awaitCompletion(String, PollWait)} with
     * {@code new PollWait(maxWait, Duration.ofMillis(500), Duration.ofSeconds(10))}.
     *
     * @param jobId the job's id
     * @param maxWait how long to wait at most
     * @return the job once it succeeded ({@link Job#resourceId()} is the created ticket)
     * @throws JobFailedException if it failed ({@link JobFailedException.Reason#FAILED}) or had not finished by the
     *     deadline ({@link JobFailedException.Reason#DEADLINE})
     * @throws IllegalArgumentException if {@code maxWait} is null or not positive
     * @throws TransportException if the thread was interrupted while waiting
     * @see #awaitCompletion(String, PollWait)
     */
    public Job awaitCompletion(String jobId, Duration maxWait) {
        return awaitCompletion(jobId, waitOf(maxWait));
    }

    /**
     * Polls until the job finishes: at once, then after {@link PollWait#firstDelay()}, with pauses doubling up to
     * {@link PollWait#maxDelay()}, the last one cut short so that the job is polled once more at
     * {@link PollWait#deadline()}. Pauses use the connection's clock and sleeper.
     *
     * @param jobId the job's id
     * @param wait the deadline and the pauses
     * @return the job once it succeeded ({@link Job#resourceId()} is the created ticket)
     * @throws JobFailedException if it failed ({@link JobFailedException.Reason#FAILED}) or had not finished by the
     *     deadline ({@link JobFailedException.Reason#DEADLINE}); {@link JobFailedException#job()} is its last state
     * @throws TransportException if the thread was interrupted while waiting
     * @see #awaitCompletion(String, Duration)
     */
    public Job awaitCompletion(String jobId, PollWait wait) {
        return poller(jobId, wait).await(() -> status(jobId), last -> status(jobId));
    }

    /**
     * As {@link #awaitCompletion(String, Duration)}, without blocking a thread.
     *
     * @param jobId the job's id
     * @param maxWait how long to wait at most
     * @return completes with the succeeded job, or exceptionally with {@link JobFailedException}, an
     *     {@link IllegalArgumentException} for a {@code maxWait} that is not positive, or the transport's exceptions
     * @see #awaitCompletionAsync(String, PollWait)
     */
    public CompletableFuture<Job> awaitCompletionAsync(String jobId, Duration maxWait) {
        return Futures.start(() -> awaitCompletionAsync(jobId, waitOf(maxWait)));
    }

    /**
     * As {@link #awaitCompletion(String, PollWait)}, without blocking a thread: the pauses are scheduled on the
     * connection's scheduler. Cancelling the future cancels the poll in flight and stops further polls.
     *
     * @param jobId the job's id
     * @param wait the deadline and the pauses
     * @return completes with the succeeded job, or exceptionally with {@link JobFailedException} or the transport's
     *     exceptions
     * @see #awaitCompletionAsync(String, Duration)
     */
    public CompletableFuture<Job> awaitCompletionAsync(String jobId, PollWait wait) {
        return Futures.start(() -> poller(jobId, wait).awaitAsync(() -> statusAsync(jobId), last -> statusAsync(jobId)));
    }

    private Poller<Job> poller(String jobId, PollWait wait) {
        Objects.requireNonNull(wait, "wait");
        return Poller.of(transport.config(), wait, "job " + jobId, JobsClient::verdict, JobFailedException::new);
    }

    private static Poller.Verdict verdict(Job job) {
        JobStatus status = job.status();
        if (JobStatus.SUCCESS.equals(status)) {
            return Poller.Verdict.DONE;
        }
        return JobStatus.FAILED.equals(status) ? Poller.Verdict.FAILED : Poller.Verdict.PENDING;
    }

    private static PollWait waitOf(Duration maxWait) {
        if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive, was " + maxWait);
        }
        return new PollWait(maxWait, FIRST_PAUSE, MAX_PAUSE);
    }
}
