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
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
    /** An API builder with its own defaults, as the domain clients have; it builds the configuration itself. */
    static final class ApiBuilder extends ClientBuilder<ApiBuilder, ClientConfig> {
        private String url;

        @Override
        protected ApiBuilder self() {
            return this;
        }

        ApiBuilder url(String url) {
            this.url = url;
            return this;
        }

        @Override
        protected ClientConfig.Builder defaults() {
            String base = url != null ? url : environment("API_URL").orElse("https://api.test");
            return ClientConfig.builder(base).timeouts(Timeouts.ofDeadline(Duration.ofMinutes(5)))
                    .retryPolicy(RetryPolicy.builder().maxRetries(7).build());
        }

        @Override
        protected ClientConfig create(ClientConfig config) {
            return config;
        }
    }

    @Test
    void keepsTheApisDefaultsUntilTheCallerSetsSomething() {
        ClientConfig c = new ApiBuilder().build();
        assertEquals(Duration.ofMinutes(5), c.timeouts().deadline().orElseThrow());
        assertEquals(7, c.retryPolicy().maxRetries());
        assertEquals(Duration.ofSeconds(30), c.timeouts().read().orElseThrow(), "core's own default");
    }

    @Test
    void theCallersSettingsWinOverTheApisAndHooksRunLast() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
        RateLimiter limiter = RateLimiter.waiting(RateLimiter.Window.of(1, Duration.ofSeconds(1)));
        RetryPolicy none = RetryPolicy.none();
        RetryPolicy hooked = RetryPolicy.builder().maxRetries(1).build();
        ClientConfig c = new ApiBuilder().clock(clock).retryPolicy(none).rateLimiter(limiter)
                .timeouts(Timeouts.builder().connect(Duration.ofSeconds(1)).read(Duration.ofSeconds(2)).build())
                .timeouts(Timeouts.builder().write(Duration.ofSeconds(3)).deadline(Duration.ofSeconds(9)).build())
                .logBodies(true)
                .configure(b -> b.timeouts(Timeouts.ofDeadline(Duration.ofSeconds(10))))
                .build();
        assertSame(clock, c.clock());
        assertSame(none, c.retryPolicy());
        assertSame(limiter, c.rateLimiter());
        Timeouts t = c.timeouts();
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(60)),
                List.of(t.connect().orElseThrow(), t.read().orElseThrow(), t.write().orElseThrow(), t.attempt().orElseThrow()),
                "a second timeouts(...) adds to the first; the attempt timeout stays core's default");
        assertTrue(c.logBodies());
        assertEquals(Duration.ofSeconds(10), t.deadline().orElseThrow(), "configure hooks apply after the other settings");

        ClientConfig h = new ApiBuilder().retryPolicy(none).configure(b -> b.retryPolicy(hooked)).build();
        assertSame(hooked, h.retryPolicy(), "a hook wins over the caller's own setter, which wins over the API");
    }

    @Test
    void derivedConfigurationsGetTheCallersSettingsAgain() {
        RetryPolicy mine = RetryPolicy.none();
        ApiBuilder b = new ApiBuilder().retryPolicy(mine).configure(c -> c.userAgentSuffix("mine"));
        ClientConfig main = b.build();
        ClientConfig derived = b.callerOver(main.toBuilder().retryPolicy(RetryPolicy.builder().maxRetries(3).build())
                .userAgentSuffix("api")).build();
        assertSame(mine, derived.retryPolicy());
        assertEquals("mine", derived.userAgentSuffix());
    }

    @Test
    void theEnvironmentIsReadOnlyWhenAskedAndAnExplicitSettingWins() {
        Map<String, String> env = Map.of("API_URL", "https://env.test");
        assertEquals("https://api.test", new ApiBuilder().build().baseUrl(), "no fromEnv(): the environment is not read");
        assertEquals("https://env.test", new ApiBuilder().fromEnv(env::get).build().baseUrl());
        assertEquals("https://explicit.test", new ApiBuilder().fromEnv(env::get).url("https://explicit.test").build().baseUrl());
        assertEquals("https://api.test", new ApiBuilder().fromEnv(Map.of("API_URL", "  ")::get).build().baseUrl(),
                "a blank variable counts as unset");
    }

    @Test
    void rejectsBadSettingsBeforeAnythingIsBuilt() {
        assertEquals("deadline must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> Timeouts.ofDeadline(Duration.ZERO)).getMessage());
        assertEquals("read timeout must not be null",
                assertThrows(IllegalArgumentException.class, () -> Timeouts.builder().read(null)).getMessage());
        assertEquals("timeouts must not be null",
                assertThrows(NullPointerException.class, () -> new ApiBuilder().timeouts(null)).getMessage());
        assertEquals("clock must not be null", assertThrows(NullPointerException.class, () -> new ApiBuilder().clock(null)).getMessage());
    }
}
