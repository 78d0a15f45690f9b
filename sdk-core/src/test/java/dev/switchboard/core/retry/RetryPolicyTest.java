package dev.switchboard.core.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.spi.Headers;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant DEADLINE = NOW.plusSeconds(120);

    private static AttemptOutcome status(int attempt, int status, boolean retryable, Headers headers) {
        return new AttemptOutcome(attempt, 3, retryable, status, headers, null, true, NOW, DEADLINE);
    }

    private static AttemptOutcome io(int attempt, boolean retryable, IOException e, boolean sent) {
        return new AttemptOutcome(attempt, 3, retryable, 0, Headers.empty(), e, sent, NOW, DEADLINE);
    }

    @Test
    void backoffIsFullJitterUnderAnExponentialCeiling() {
        RetryPolicy top = RetryPolicy.builder().random(() -> 1.0).build();
        assertEquals(Duration.ofMillis(500), top.backoff(1));
        assertEquals(Duration.ofMillis(1000), top.backoff(2));
        assertEquals(Duration.ofMillis(2000), top.backoff(3));
        assertEquals(Duration.ofSeconds(8), top.backoff(10), "capped at maxDelay");
        assertEquals(Duration.ofSeconds(8), top.backoff(10_000), "no overflow for huge attempt numbers");
        assertEquals(Duration.ZERO, RetryPolicy.builder().random(() -> 0.0).build().backoff(3));
        assertEquals(Duration.ofMillis(1000), RetryPolicy.builder().random(() -> 0.5).build().backoff(3));
    }

    @Test
    void stopsWhenTheBudgetIsSpent() {
        RetryPolicy p = RetryPolicy.builder().random(() -> 1.0).build();
        assertTrue(p.decide(status(3, 503, true, Headers.empty())).retry());
        RetryDecision d = p.decide(status(4, 503, true, Headers.empty()));
        assertFalse(d.retry());
        assertEquals("retry budget of 3 spent", d.reason());
    }

    @Test
    void nonIdempotentRequestsAreRetriedOnlyWhenTheyNeverLeft() {
        RetryPolicy p = RetryPolicy.defaults();
        assertFalse(p.decide(status(1, 503, false, Headers.empty())).retry());
        assertFalse(p.decide(io(1, false, new IOException("reset"), true)).retry());
        assertTrue(p.decide(io(1, false, new ConnectException("refused"), false)).retry());
        assertTrue(p.decide(io(1, true, new IOException("reset"), true)).retry());
    }

    @Test
    void serverWaitsAboveTheCapStopTheCall() {
        RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).build();
        Headers h = Headers.builder().add("Retry-After", "31").build();
        RetryDecision d = p.decide(status(1, 429, true, h));
        assertFalse(d.retry());
        assertTrue(d.reason().contains("more than maxRetryAfter"), d.reason());
        assertEquals(Duration.ofSeconds(30), p.decide(status(1, 429, true, Headers.builder().add("Retry-After", "30").build())).delay());
    }

    @Test
    void waitsPastTheDeadlineStopTheCall() {
        RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofMinutes(10)).build();
        RetryDecision d = p.decide(status(1, 503, true, Headers.builder().add("Retry-After", "121").build()));
        assertFalse(d.retry());
        assertTrue(d.reason().contains("deadline"));
    }

    @Test
    void parsesRetryAfterForms() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), RetryAfter.parseRetryAfter("5", NOW));
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetryAfter.parseRetryAfter(" 1.5 ", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parseRetryAfter("Wed, 01 Apr 2026 00:00:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parseRetryAfter("Tue, 31 Mar 2026 23:00:00 GMT", NOW), "dates in the past wait 0");
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parseRetryAfter("-3", NOW));
        assertEquals(Optional.empty(), RetryAfter.parseRetryAfter("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parseRetryAfter("NaN", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(20)), RetryAfter.parseReset(Long.toString(NOW.getEpochSecond() + 20), NOW));
        assertEquals(Optional.of(Duration.ofSeconds(20)), RetryAfter.parseReset("20", NOW), "small values are delta-seconds");
        assertEquals(Optional.empty(), RetryAfter.parseReset("x", NOW));
    }

    @Test
    void xRateLimitResetCountsOnlyFor429() {
        Headers h = Headers.builder().add("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 9)).build();
        assertEquals(Optional.of(Duration.ofSeconds(9)), RetryAfter.from(429, h, NOW));
        assertEquals(Optional.empty(), RetryAfter.from(503, h, NOW));
        Headers both = Headers.builder().add("Retry-After", "2").add("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 9)).build();
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryAfter.from(429, both, NOW), "Retry-After wins");
    }

    @Test
    void a429WithoutHintsWaitsTheConfiguredFallback() {
        RetryPolicy p = RetryPolicy.builder().random(() -> 1.0).rateLimitFallback(Duration.ofSeconds(60)).build();
        assertEquals(Duration.ofSeconds(60), p.decide(status(1, 429, true, Headers.empty())).delay());
        assertEquals(Duration.ofSeconds(5), p.decide(status(1, 429, true, Headers.builder().add("Retry-After", "5").build())).delay(),
                "a server hint still wins");
        assertEquals(Duration.ofMillis(500), p.decide(status(1, 503, true, Headers.empty())).delay(), "other statuses back off");
        assertEquals(Duration.ofMillis(500), RetryPolicy.builder().random(() -> 1.0).build().decide(status(1, 429, true, Headers.empty())).delay());
        assertFalse(p.decide(new AttemptOutcome(1, 3, true, 429, Headers.empty(), null, true, NOW, NOW.plusSeconds(59))).retry(),
                "never past the deadline");
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().rateLimitFallback(Duration.ZERO));
    }

    @Test
    void a429ToAPostIsRetriedOnlyWhenTheApiSaysItWasRefusedUnprocessed() {
        assertFalse(RetryPolicy.defaults().decide(status(1, 429, false, Headers.empty())).retry());
        RetryPolicy refused = RetryPolicy.builder().retryNonIdempotentOn429(true).build();
        assertTrue(refused.decide(status(1, 429, false, Headers.empty())).retry());
        assertFalse(refused.decide(status(1, 503, false, Headers.empty())).retry(), "a 503 may have been processed");
    }

    @Test
    void validatesItsSettings() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().baseDelay(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)));
        assertEquals(0, RetryPolicy.none().maxRetries());
        assertFalse(RetryPolicy.defaults().isRetryableStatus(501));
        assertTrue(RetryPolicy.defaults().isRetryableStatus(408));
    }
}
