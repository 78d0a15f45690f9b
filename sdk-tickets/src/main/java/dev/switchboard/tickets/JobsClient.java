package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Intercom asynchronous jobs ({@code GET /jobs/status/{job_id}}), and waiting for one to finish.
 *
 * <p>{@link #awaitCompletion} polls with growing pauses (0.5 s, 1 s, 2 s, ... at most 10 s), never past the given
 * deadline, using the connection's clock and sleeper; {@link #awaitCompletionAsync} does the same with scheduled
 * polls and never blocks a thread.
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
     * Polls until the job finishes.
     *
     * @param jobId the job's id
     * @param maxWait how long to wait at most
     * @return the job once it succeeded ({@link Job#resourceId()} is the created ticket)
     * @throws JobFailedException if it failed
     * @throws JobTimeoutException if it had not finished by the deadline
     * @throws TransportException if the thread was interrupted while waiting
     */
    public Job awaitCompletion(String jobId, Duration maxWait) {
        ClientConfig config = transport.config();
        Instant deadline = config.clock().instant().plus(positive(maxWait));
        Duration pause = FIRST_PAUSE;
        while (true) {
            Job job = status(jobId);
            if (JobStatus.SUCCESS.equals(job.status())) {
                return job;
            }
            if (JobStatus.FAILED.equals(job.status())) {
                throw new JobFailedException(job);
            }
            Duration left = Duration.between(config.clock().instant(), deadline);
            if (left.compareTo(pause) < 0) {
                throw new JobTimeoutException(job, maxWait);
            }
            try {
                config.sleeper().sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted while waiting for job " + job.id(), e, true, false, 0);
            }
            pause = next(pause);
        }
    }

    /**
     * Polls until the job finishes, without blocking a thread.
     *
     * @param jobId the job's id
     * @param maxWait how long to wait at most
     * @return completes with the succeeded job, or exceptionally with {@link JobFailedException},
     *     {@link JobTimeoutException} or the transport's exceptions
     */
    public CompletableFuture<Job> awaitCompletionAsync(String jobId, Duration maxWait) {
        ClientConfig config = transport.config();
        Instant deadline;
        try {
            deadline = config.clock().instant().plus(positive(maxWait));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return poll(jobId, maxWait, deadline, FIRST_PAUSE, config);
    }

    private CompletableFuture<Job> poll(String jobId, Duration maxWait, Instant deadline, Duration pause, ClientConfig config) {
        return Futures.compose(statusAsync(jobId), job -> {
            if (JobStatus.SUCCESS.equals(job.status())) {
                return CompletableFuture.completedFuture(job);
            }
            if (JobStatus.FAILED.equals(job.status())) {
                return CompletableFuture.failedFuture(new JobFailedException(job));
            }
            if (Duration.between(config.clock().instant(), deadline).compareTo(pause) < 0) {
                return CompletableFuture.failedFuture(new JobTimeoutException(job, maxWait));
            }
            // The next poll, after the pause; cancelling the caller's future cancels it (and, in flight, its call).
            CompletableFuture<CompletableFuture<Job>> started = new CompletableFuture<>();
            schedule(config.scheduler(), pause, () -> {
                if (!started.isCancelled()) {
                    started.complete(poll(jobId, maxWait, deadline, next(pause), config));
                }
            });
            return Futures.compose(started, polled -> polled);
        });
    }

    private static void schedule(Scheduler scheduler, Duration delay, Runnable task) {
        if (scheduler != null) {
            scheduler.schedule(delay, task);
        } else {
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(task);
        }
    }

    private static Duration next(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : doubled;
    }

    private static Duration positive(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive");
        }
        return d;
    }
}
