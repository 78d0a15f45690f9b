package dev.switchboard.tickets;

import dev.switchboard.core.SwitchboardException;
import java.time.Duration;

/** A job had not finished when the wait's deadline came; it may still finish later. */
public class JobTimeoutException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final transient Job job;

    /**
     * @param job the job as last seen
     * @param waited how long the caller waited
     */
    public JobTimeoutException(Job job, Duration waited) {
        super("job " + job.id() + " was still " + job.status() + " after " + waited.toSeconds() + " s");
        this.job = job;
    }

    /** @return the job as last seen */
    public Job job() {
        return job;
    }
}
