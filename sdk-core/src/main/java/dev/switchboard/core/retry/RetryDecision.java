package dev.switchboard.core.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link RetryPolicy#decide} concluded about a failed attempt.
 *
 * @param retry whether to make another attempt
 * @param delay how long to wait before it (zero when not retrying)
 * @param reason why, in words, for logs and exception messages
 * @param waitTooLong whether it stopped because the wait the server asked for ({@code Retry-After}, or for 429
 *     {@code X-RateLimit-Reset}) is longer than {@code maxRetryAfter} or would pass the deadline: the call then ends
 *     with a {@link dev.switchboard.core.RateLimitException} carrying that wait, whatever the status
 */
public record RetryDecision(boolean retry, Duration delay, String reason, boolean waitTooLong) {

    /** Checks the components. */
    public RetryDecision {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(reason, "reason");
    }

    static RetryDecision retryAfter(Duration delay, String reason) {
        return new RetryDecision(true, delay, reason, false);
    }

    static RetryDecision stop(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason, false);
    }

    static RetryDecision waitTooLong(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason, true);
    }
}
