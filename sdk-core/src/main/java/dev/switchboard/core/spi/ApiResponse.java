package dev.switchboard.core.spi;

import dev.switchboard.core.http.RateLimitInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded response together with its status and headers.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param requestId the server's request id, or {@code null}
 * @param value the decoded body ({@code null} for {@code Void})
 * @param attempts how many attempts the call took
 * @param <T> the body type
 */
public record ApiResponse<T>(int status, Headers headers, String requestId, T value, int attempts) {

    /** Checks the components. */
    public ApiResponse {
        Objects.requireNonNull(headers, "headers");
    }

    /** @return the request id, when the server sent one */
    public Optional<String> requestIdValue() {
        return Optional.ofNullable(requestId);
    }

    /** @return the {@code X-RateLimit-*} headers */
    public RateLimitInfo rateLimit() {
        return RateLimitInfo.from(headers);
    }

    /** @return the {@code Location} header, for redirects and created resources */
    public Optional<String> location() {
        return headers.first("Location");
    }
}
