package dev.switchboard.core;

/**
 * Root of every exception Switchboard throws. Unchecked, so callers catch only what they can handle.
 *
 * <p>Messages never contain credentials, raw response bodies or secret query values.
 */
public class SwitchboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, free of secrets
     */
    public SwitchboardException(String message) {
        super(message);
    }

    /**
     * @param message what happened, free of secrets
     * @param cause the underlying failure
     */
    public SwitchboardException(String message, Throwable cause) {
        super(message, cause);
    }
}
