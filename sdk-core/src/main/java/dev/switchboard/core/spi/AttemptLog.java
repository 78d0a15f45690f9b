package dev.switchboard.core.spi;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DEBUG line per attempt on {@code dev.switchboard.http}: method, URL with secret query values masked, status
 * or failure, attempt number, duration and request header names (never values). Bodies only when enabled, redacted.
 * Retries are logged on {@code dev.switchboard.retry}.
 */
final class AttemptLog {
    private static final Logger HTTP = LoggerFactory.getLogger("dev.switchboard.http");
    private static final Logger RETRY = LoggerFactory.getLogger("dev.switchboard.retry");
    private static final int BODY_CAP = 4096;

    private final boolean logBodies;

    AttemptLog(boolean logBodies) {
        this.logBodies = logBodies;
    }

    void response(okhttp3.Request request, int status, int attempt, long startNanos) {
        if (HTTP.isDebugEnabled()) {
            HTTP.debug("{} {} -> {} (attempt {}, {} ms) request headers {}", request.method(),
                    UrlRedaction.redact(request.url().toString()), status, attempt, millisSince(startNanos), names(request));
        }
    }

    void failure(okhttp3.Request request, Exception e, int attempt, long startNanos) {
        if (HTTP.isDebugEnabled()) {
            HTTP.debug("{} {} -> failed: {} (attempt {}, {} ms) request headers {}", request.method(),
                    UrlRedaction.redact(request.url().toString()), e.getClass().getSimpleName(), attempt,
                    millisSince(startNanos), names(request));
        }
    }

    void requestBody(byte[] body, List<String> secrets) {
        if (logBodies && body != null && HTTP.isDebugEnabled()) {
            HTTP.debug("request body: {}", Redactor.body(body, secrets, BODY_CAP));
        }
    }

    void responseBody(okhttp3.Response response, List<String> secrets) {
        if (logBodies && HTTP.isDebugEnabled()) {
            try {
                HTTP.debug("response body: {}", Redactor.body(response.peekBody(BODY_CAP + 1L).bytes(), secrets, BODY_CAP));
            } catch (java.io.IOException e) {
                HTTP.debug("response body: unreadable ({})", e.getClass().getSimpleName());
            }
        }
    }

    void errorBody(String rawBody) {
        if (logBodies && HTTP.isDebugEnabled()) {
            HTTP.debug("error body: {}", rawBody.length() > BODY_CAP ? rawBody.substring(0, BODY_CAP) + "…" : rawBody);
        }
    }

    void retry(String method, String url, int attempt, java.time.Duration delay, String reason) {
        if (RETRY.isDebugEnabled()) {
            RETRY.debug("{} {} attempt {} failed ({}); retrying in {} ms", method, url, attempt, reason, delay.toMillis());
        }
    }

    private static List<String> names(okhttp3.Request request) {
        return new ArrayList<>(request.headers().names());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
