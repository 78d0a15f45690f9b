package dev.switchboard.core;

import dev.switchboard.core.http.RateLimitInfo;

/**
 * The server refused the request because a rate limit was exceeded (HTTP 429), or told the client to come back later
 * than it may wait: any response (a 503, typically) whose {@code Retry-After} is longer than the client's
 * {@code maxRetryAfter} or would pass the call's deadline. {@link #status()} tells which.
 *
 * <p>{@link #retryAfter()} is the wait the server asked for ({@code Retry-After}, or the time until
 * {@code X-RateLimit-Reset}); the exception is thrown without waiting, so the caller can reschedule the work.
 */
public class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public RateLimitException(ApiError error) {
        super(error);
    }

    /** @return the {@code X-RateLimit-*} headers of the response */
    public RateLimitInfo rateLimit() {
        return RateLimitInfo.from(headers());
    }
}
