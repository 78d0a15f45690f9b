package dev.switchboard.testkit.intercom;

import dev.switchboard.testkit.FakeResponse;
import java.time.Clock;
import java.time.Instant;

/**
 * The {@link FakeIntercom}'s rate-limit windows: {@code perWindow} requests per fixed window of
 * {@value FakeIntercom#WINDOW_SECONDS} seconds on the fake's clock, reported as Intercom does in
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset}. Thread-safe.
 */
final class RateLimitWindow {
    private final Clock clock;
    private final int perWindow;
    private long windowStart = Long.MIN_VALUE;
    private long windowCount;

    RateLimitWindow(Clock clock, int perWindow) {
        this.clock = clock;
        this.perWindow = perWindow;
    }

    int perWindow() {
        return perWindow;
    }

    /** @return when the current window ends */
    Instant reset() {
        return Instant.ofEpochSecond(start() + FakeIntercom.WINDOW_SECONDS);
    }

    /**
     * @param response a response
     * @param count whether it is being served now (a queued fault is counted when the server sends it, not here)
     * @return it with the headers of the current window
     */
    FakeResponse headers(FakeResponse response, boolean count) {
        long start = start();
        long remaining;
        synchronized (this) {
            if (start != windowStart) {
                windowStart = start;
                windowCount = 0;
            }
            if (count) {
                windowCount++;
            }
            remaining = Math.max(0, perWindow - windowCount - (count ? 0 : 1));
        }
        return response.withHeader("X-RateLimit-Limit", String.valueOf(perWindow))
                .withHeader("X-RateLimit-Remaining", String.valueOf(remaining))
                .withRateLimitReset(start + FakeIntercom.WINDOW_SECONDS);
    }

    private long start() {
        long now = clock.instant().getEpochSecond();
        return now - Math.floorMod(now, FakeIntercom.WINDOW_SECONDS);
    }
}
