package dev.switchboard.core;

/**
 * The request did not produce an HTTP response: connection failure, reset, timeout, deadline or interruption.
 *
 * <p>{@link #requestSent()} tells whether the request may have reached the server (relevant for non-idempotent
 * requests); {@link #timedOut()} whether a timeout or the overall deadline ended it.
 */
public class TransportException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final boolean requestSent;
    private final boolean timedOut;
    private final int attempts;

    /**
     * @param message what happened, free of secrets
     * @param cause the I/O failure, if any
     * @param requestSent whether the request may have reached the server
     * @param timedOut whether a timeout or the deadline ended the call
     * @param attempts how many attempts were made
     */
    public TransportException(String message, Throwable cause, boolean requestSent, boolean timedOut, int attempts) {
        super(message, cause);
        this.requestSent = requestSent;
        this.timedOut = timedOut;
        this.attempts = attempts;
    }

    /** @return whether the request may have reached the server */
    public boolean requestSent() {
        return requestSent;
    }

    /** @return whether a per-attempt timeout or the overall deadline ended the call */
    public boolean timedOut() {
        return timedOut;
    }

    /** @return the number of attempts made before giving up */
    public int attempts() {
        return attempts;
    }
}
