package dev.switchboard.core;

import dev.switchboard.core.spi.Headers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The server answered with a status that is not a success. Subclasses name the common categories:
 * {@link ValidationException} (400, 422), {@link AuthenticationException} (401), {@link PermissionDeniedException}
 * (403), {@link NotFoundException} (404), {@link ConflictException} (409), {@link RateLimitException} (429) and
 * {@link ServerException} (5xx). Other statuses (including an unexpected 3xx) are a plain {@code ApiException}.
 *
 * <p>The message has the status, the method and path, the server's own message when there is one, and the request
 * id; the raw body is available from {@link #rawBody()} (capped) but never part of the message.
 */
public class ApiException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    /** @param error the failed response */
    public ApiException(ApiError error) {
        super(describe(error));
        this.error = error;
    }

    /**
     * Chooses the subclass for the response status.
     *
     * @param error the failed response
     * @return the exception to throw
     */
    public static ApiException of(ApiError error) {
        int s = error.status();
        if (s == 400 || s == 422) {
            return new ValidationException(error);
        }
        if (s == 401) {
            return new AuthenticationException(error);
        }
        if (s == 403) {
            return new PermissionDeniedException(error);
        }
        if (s == 404) {
            return new NotFoundException(error);
        }
        if (s == 409) {
            return new ConflictException(error);
        }
        if (s == 429) {
            return new RateLimitException(error);
        }
        if (s >= 500 && s <= 599) {
            return new ServerException(error);
        }
        return new ApiException(error);
    }

    private static String describe(ApiError e) {
        StringBuilder sb = new StringBuilder("HTTP ").append(e.status());
        String reason = ReasonPhrases.of(e.status());
        if (!reason.isEmpty()) {
            sb.append(' ').append(reason);
        }
        sb.append(" on ").append(e.method()).append(' ').append(e.path());
        if (e.serverMessage() != null && !e.serverMessage().isBlank()) {
            sb.append(": ").append(e.serverMessage());
        }
        if (e.requestId() != null) {
            sb.append(" (request id ").append(e.requestId()).append(')');
        }
        if (e.attempts() > 1) {
            sb.append(" after ").append(e.attempts()).append(" attempts");
        }
        return sb.toString();
    }

    /** @return the full description of the failed response */
    public ApiError error() {
        return error;
    }

    /** @return the HTTP status code */
    public int status() {
        return error.status();
    }

    /** @return the server's request id, when it sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(error.requestId());
    }

    /** @return the response headers (case-insensitive, multi-valued) */
    public Headers headers() {
        return error.headers();
    }

    /** @return the server's error message, when the body had one */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(error.serverMessage());
    }

    /** @return parsed error items (code, message, field); empty when the body had none */
    public List<ErrorDetail> details() {
        return error.details();
    }

    /** @return the response body as text, capped and scrubbed of known secrets */
    public String rawBody() {
        return error.rawBody();
    }

    /** @return how long the server asked the client to wait, when it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(error.retryAfter());
    }

    /** @return the number of attempts the call made */
    public int attempts() {
        return error.attempts();
    }
}
