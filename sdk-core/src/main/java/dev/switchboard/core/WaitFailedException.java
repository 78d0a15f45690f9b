package dev.switchboard.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A wait for a job on the server ended without the job succeeding: the job failed ({@link Reason#FAILED}), or it was
 * still unfinished when the wait's deadline came ({@link Reason#DEADLINE}; it may finish later and can be polled
 * again). Each API module throws a subclass that carries the job's last known state, for example
 * {@code JobFailedException} (Intercom ticket jobs) and {@code ExportFailedException} (Intercom reporting exports);
 * catch this type to handle any of them.
 *
 * <p>The message names the job, its last status and, for {@link Reason#DEADLINE}, the deadline; never a secret.
 */
public abstract class WaitFailedException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** Why the wait ended. */
    public enum Reason {
        /** The job's status said it failed; it will not succeed. */
        FAILED,
        /** The deadline came while the job was still unfinished. */
        DEADLINE
    }

    private final Reason reason;

    /**
     * @param job names the job in the API's words, for example {@code "job 42"}
     * @param status the job's last status as the API spells it, or {@code null} when it had none
     * @param reason why the wait ended
     * @param deadline the wait's deadline, named in the message when {@code reason} is {@link Reason#DEADLINE}
     * @throws NullPointerException if {@code job}, {@code reason} or {@code deadline} is null
     */
    protected WaitFailedException(String job, String status, Reason reason, Duration deadline) {
        super(message(job, status, reason, deadline));
        this.reason = reason;
    }

    private static String message(String job, String status, Reason reason, Duration deadline) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deadline, "deadline");
        if (reason == Reason.FAILED) {
            return job + " failed" + ("failed".equals(status) ? "" : " (status " + status + ")");
        }
        return job + (status == null ? " had no status" : " was still " + status) + " when the deadline of "
                + deadline.toString().substring(2).toLowerCase(Locale.ROOT) + " passed; it may still finish";
    }

    /** @return why the wait ended */
    public Reason reason() {
        return reason;
    }
}
