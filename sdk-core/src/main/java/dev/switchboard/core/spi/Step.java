package dev.switchboard.core.spi;

import java.time.Duration;

/** What happens after one attempt: the call is done, it retries after a delay, or it fails. */
sealed interface Step<T> {

    /** @param response the decoded response */
    record Done<T>(ApiResponse<T> response, HttpResponse raw) implements Step<T> {
    }

    /** @param delay wait before the next attempt */
    record Retry<T>(Duration delay) implements Step<T> {
    }

    /** @param error what to throw */
    record Fail<T>(RuntimeException error) implements Step<T> {
    }
}
