package dev.switchboard.core.retry;

import dev.switchboard.core.spi.Headers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a server asked the client to wait: {@code Retry-After} in delta-seconds or HTTP-date form, and for
 * 429 responses {@code X-RateLimit-Reset} (epoch seconds; small values are taken as seconds from now).
 */
public final class RetryAfter {
    /** Values of X-RateLimit-Reset below this are delta-seconds, not epoch seconds (2001-09-09). */
    private static final long EPOCH_THRESHOLD = 1_000_000_000L;

    private RetryAfter() {
    }

    /**
     * @param status response status
     * @param headers response headers
     * @param now current time
     * @return the requested wait (never negative), when the server expressed one
     */
    public static Optional<Duration> from(int status, Headers headers, Instant now) {
        Optional<Duration> retryAfter = headers.first("Retry-After").flatMap(v -> parseRetryAfter(v, now));
        if (retryAfter.isPresent() || status != 429) {
            return retryAfter;
        }
        return headers.first("X-RateLimit-Reset").flatMap(v -> parseReset(v, now));
    }

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.trim();
        try {
            double seconds = Double.parseDouble(v);
            if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(nonNegative(Duration.ofMillis((long) Math.ceil(Math.min(seconds, 1e12) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(now, when)));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    static Optional<Duration> parseReset(String value, Instant now) {
        try {
            long n = Long.parseLong(value.trim());
            if (n < EPOCH_THRESHOLD) {
                return Optional.of(nonNegative(Duration.ofSeconds(n)));
            }
            return Optional.of(nonNegative(Duration.between(now, Instant.ofEpochSecond(n))));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
