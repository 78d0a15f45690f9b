package dev.switchboard.core.retry;

import java.time.Duration;

/**
 * Reported to a {@link RetryListener} before each retry.
 *
 * @param method request method
 * @param url request URL with secret query values masked
 * @param failedAttempt the attempt that failed, starting at 1
 * @param status its HTTP status, or 0 when there was no response
 * @param failure a short description of the I/O failure, or {@code null}
 * @param delay how long the client waits before the next attempt
 * @param reason why it retries
 */
public record RetryEvent(String method, String url, int failedAttempt, int status, String failure, Duration delay, String reason) {
}
