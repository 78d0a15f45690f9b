package dev.switchboard.tickets;

import dev.switchboard.core.WaitFailedException;
import java.time.Duration;

/**
 * {@link JobsClient#awaitCompletion(String, Duration)} gave up: the job ended {@code failed}
 * ({@link Reason#FAILED}), or it had not finished when the wait's deadline came ({@link Reason#DEADLINE}; it may
 * still finish, and can be polled again with {@link JobsClient#status(String)}). {@link #job()} is the job as last
 * seen.
 */
public class JobFailedException extends WaitFailedException {
    private static final long serialVersionUID = 1L;

    private final transient Job job;

    /**
     * @param job the job as last seen
     * @param reason why the wait ended
     * @param deadline the wait's deadline, named in the message for {@link Reason#DEADLINE}
     */
    public JobFailedException(Job job, Reason reason, Duration deadline) {
        super("job " + job.id() + (job.resourceType() == null ? "" : " (creating a " + job.resourceType() + ")"),
                job.status() == null ? null : job.status().value(), reason, deadline);
        this.job = job;
    }

    /** @return the job as last seen */
    public Job job() {
        return job;
    }
}
