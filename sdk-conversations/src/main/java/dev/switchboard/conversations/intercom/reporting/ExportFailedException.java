package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.core.WaitFailedException;
import java.time.Duration;

/**
 * {@link ReportingDataExportClient#export} gave up: the job ended {@code failed} ({@link Reason#FAILED}), or it was
 * still pending when the deadline passed ({@link Reason#DEADLINE}). {@link #job()} is the job's last known state, so
 * a pending one can still be polled and downloaded later.
 */
public final class ExportFailedException extends WaitFailedException {
    private static final long serialVersionUID = 1L;

    private final transient ExportJob job;

    /**
     * @param job the job's last known state
     * @param reason why the wait ended
     * @param deadline the wait's deadline, named in the message for {@link Reason#DEADLINE}
     */
    public ExportFailedException(ExportJob job, Reason reason, Duration deadline) {
        super("reporting export job " + job.jobIdentifier(), job.status() == null ? null : job.status().value(), reason,
                deadline);
        this.job = job;
    }

    /** @return the job's last known state */
    public ExportJob job() {
        return job;
    }
}
