package dev.switchboard.core.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link RetryPolicy#decide} concluded about a failed attempt.
 *
 * @param retry whether to make another attempt
 * @param delay how long to wait before it (zero when not retrying)
 * @param reason why, in words, for logs and exception messages
 */
public record RetryDecision(boolean retry, Duration delay, String reason) {

    /** Checks the components. */
    public RetryDecision {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(reason, "reason");
    }

    static RetryDecision retryAfter(Duration delay, String reason) {
        return new RetryDecision(true, delay, reason);
    }

    static RetryDecision stop(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason);
    }
}
