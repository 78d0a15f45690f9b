package dev.switchboard.core.retry;

import dev.switchboard.core.spi.Headers;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * The facts about one failed attempt that a {@link RetryPolicy} decides on.
 *
 * @param attempt which attempt failed, starting at 1
 * @param maxRetries the retry budget of this call
 * @param retryable whether the request may be repeated after it may have reached the server (idempotent method,
 *     or marked retry-safe)
 * @param status the HTTP status, or 0 when there was no response
 * @param headers the response headers (empty when there was no response)
 * @param failure the I/O failure, or {@code null} when there was a response
 * @param requestSent whether the request may have reached the server
 * @param now the current time
 * @param deadline when the whole call must be over
 */
public record AttemptOutcome(
        int attempt,
        int maxRetries,
        boolean retryable,
        int status,
        Headers headers,
        IOException failure,
        boolean requestSent,
        Instant now,
        Instant deadline) {

    /** Checks the components. */
    public AttemptOutcome {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deadline, "deadline");
    }
}
