package dev.switchboard.core;

import dev.switchboard.core.spi.Headers;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one non-2xx response; the payload of {@link ApiException}.
 *
 * @param status HTTP status code
 * @param method request method
 * @param path request path, without query string
 * @param headers response headers
 * @param requestId the server's request id, or {@code null}
 * @param serverMessage the message the server gave (from a JSON error body, a JSON string or a short text body),
 *     bounded in length and free of known secrets, or {@code null}
 * @param details parsed error items; empty when the body had none
 * @param rawBody the response body as text, capped (see {@code rawBodyTruncated}) and scrubbed of known secrets
 * @param rawBodyTruncated whether the body was longer than the cap
 * @param attempts how many attempts the call made
 * @param retryAfter the wait the server asked for ({@code Retry-After} or, for 429, {@code X-RateLimit-Reset}), or
 *     {@code null}
 */
public record ApiError(
        int status,
        String method,
        String path,
        Headers headers,
        String requestId,
        String serverMessage,
        List<ErrorDetail> details,
        String rawBody,
        boolean rawBodyTruncated,
        int attempts,
        Duration retryAfter) {

    /** Validates and copies the components. */
    public ApiError {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = headers == null ? Headers.empty() : headers;
        details = details == null ? List.of() : List.copyOf(details);
        rawBody = rawBody == null ? "" : rawBody;
    }
}
