package dev.switchboard.core;

import java.time.Duration;

/**
 * The client-side rate limiter refused to send a request: the configured windows (for example 100 per minute and
 * 1000 per hour) have no room, and either the limiter is set to fail fast or the wait would pass the call's
 * deadline. No request was sent.
 */
public class ClientRateLimitException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final Duration wait;

    /**
     * @param message what limit was hit
     * @param wait how long until a permit would be free
     */
    public ClientRateLimitException(String message, Duration wait) {
        super(message);
        this.wait = wait;
    }

    /** @return how long until the limiter would have had room */
    public Duration waitTime() {
        return wait;
    }
}
