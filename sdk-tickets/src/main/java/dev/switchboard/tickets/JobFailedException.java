package dev.switchboard.tickets;

import dev.switchboard.core.SwitchboardException;

/** An asynchronous job finished with status {@code failed}. */
public class JobFailedException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final transient Job job;

    /** @param job the failed job */
    public JobFailedException(Job job) {
        super("job " + job.id() + " failed" + (job.resourceType() == null ? "" : " (creating a " + job.resourceType() + ")"));
        this.job = job;
    }

    /** @return the job as last seen */
    public Job job() {
        return job;
    }
}
