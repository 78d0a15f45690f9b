package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.core.SwitchboardException;

/**
 * {@link ReportingDataExportClient#export} gave up: the job ended {@code failed}, or it was still pending when the
 * deadline passed. {@link #job()} is the job's last known state, so a pending one can still be polled and downloaded
 * later.
 */
public final class ExportFailedException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** Why the wait ended. */
    public enum Reason {
        /** The job's status became {@code failed}. */
        FAILED,
        /** The deadline passed while the job was pending. */
        DEADLINE
    }

    private final transient ExportJob job;
    private final Reason reason;

    /**
     * @param message what happened
     * @param job the job's last known state
     * @param reason why the wait ended
     */
    public ExportFailedException(String message, ExportJob job, Reason reason) {
        super(message);
        this.job = job;
        this.reason = reason;
    }

    /** @return the job's last known state */
    public ExportJob job() {
        return job;
    }

    /** @return why the wait ended */
    public Reason reason() {
        return reason;
    }
}
