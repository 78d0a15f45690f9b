package dev.switchboard.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
    /** An API builder with its own defaults, as the domain clients have. */
    static final class ApiBuilder extends ClientBuilder<ApiBuilder> {
        @Override
        protected ApiBuilder self() {
            return this;
        }

        ClientConfig build() {
            ClientConfig.Builder c = ClientConfig.builder("https://api.test").deadline(Duration.ofMinutes(5))
                    .retryPolicy(RetryPolicy.builder().maxRetries(7).build());
            return applyTo(c).build();
        }
    }

    @Test
    void keepsTheApisDefaultsUntilTheCallerSetsSomething() {
        ClientConfig c = new ApiBuilder().build();
        assertEquals(Duration.ofMinutes(5), c.deadline());
        assertEquals(7, c.retryPolicy().maxRetries());
        assertEquals(Duration.ofSeconds(30), c.readTimeout(), "core's own default");
    }

    @Test
    void theCallersSettingsWinAndHooksRunLast() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
        RateLimiter limiter = RateLimiter.waiting(RateLimiter.Window.of(1, Duration.ofSeconds(1)));
        RetryPolicy none = RetryPolicy.none();
        ClientConfig c = new ApiBuilder().clock(clock).deadline(Duration.ofSeconds(9)).retryPolicy(none).rateLimiter(limiter)
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2)).writeTimeout(Duration.ofSeconds(3))
                .logBodies(true).configure(b -> b.deadline(Duration.ofSeconds(10))).build();
        assertSame(clock, c.clock());
        assertSame(none, c.retryPolicy());
        assertSame(limiter, c.rateLimiter());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)),
                List.of(c.connectTimeout(), c.readTimeout(), c.writeTimeout()));
        assertTrue(c.logBodies());
        assertEquals(Duration.ofSeconds(10), c.deadline(), "configure hooks apply after the other settings");
    }

    @Test
    void rejectsBadSettingsBeforeAnythingIsBuilt() {
        assertEquals("deadline must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> new ApiBuilder().deadline(Duration.ZERO)).getMessage());
        assertEquals("readTimeout must not be null",
                assertThrows(IllegalArgumentException.class, () -> new ApiBuilder().readTimeout(null)).getMessage());
        assertEquals("clock must not be null", assertThrows(NullPointerException.class, () -> new ApiBuilder().clock(null)).getMessage());
    }
}
