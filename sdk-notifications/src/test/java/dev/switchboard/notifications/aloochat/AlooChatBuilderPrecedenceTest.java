package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One precedence rule for {@link AlooChat.Builder}: AlooChat's defaults (a 15 s wait after a 429 without
 * Retry-After), then the caller's settings, then {@code configure} hooks; {@code fromEnv} fills in only what was not
 * set explicitly, and is not remembered by the builder.
 */
class AlooChatBuilderPrecedenceTest {
    private static final String STATS = "/team-notifications/stats";
    /** One retry, 5 s after a 429 without Retry-After. */
    private static final RetryPolicy ONE_QUICK_RETRY = RetryPolicy.builder().maxRetries(1)
            .rateLimitFallback(Duration.ofSeconds(5)).build();

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @BeforeEach
    void routes() {
        server.route("GET", STATS, r -> FakeResponse.json("{\"total_notifications\":3}"));
    }

    @AfterEach
    void close() {
        server.close();
    }

    private AlooChat.Builder builder() {
        return AlooChat.builder().apiKey("alc-precedence").baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep);
    }

    @Test
    void withoutACallerPolicyA429WaitsAlooChatsFifteenSeconds() {
        server.faults().statusSequence("GET", STATS, 429);
        try (AlooChat aloochat = builder().build()) {
            assertEquals(Long.valueOf(3), aloochat.notifications().stats().totalNotifications());
        }
        assertEquals(List.of(AlooChat.RATE_LIMIT_FALLBACK), sleeper.sleeps());
    }

    @Test
    void theCallersRetryPolicyWinsOverTheDefault() {
        assertOneQuickRetry(builder().retryPolicy(ONE_QUICK_RETRY));
    }

    @Test
    void aConfigureHookWinsOverTheDefault() {
        assertOneQuickRetry(builder().configure(b -> b.retryPolicy(ONE_QUICK_RETRY)));
    }

    @Test
    void aConfigureHookWinsOverTheCallersSetter() {
        assertOneQuickRetry(builder().retryPolicy(RetryPolicy.none()).configure(b -> b.retryPolicy(ONE_QUICK_RETRY)));
    }

    private void assertOneQuickRetry(AlooChat.Builder builder) {
        server.faults().statusSequence("GET", STATS, 429, 429);
        try (AlooChat aloochat = builder.build()) {
            assertThrows(RateLimitException.class, () -> aloochat.notifications().stats());
        }
        assertEquals(2, server.requestCount(), "one retry");
        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps());
    }

    @Test
    void fromEnvReadsTheKeyAndTheBaseUrl() {
        Map<String, String> env = Map.of("ALOOCHAT_API_KEY", "alc-env-1", "ALOOCHAT_BASE_URL", server.baseUrl());
        try (AlooChat aloochat = AlooChat.builder().clock(clock).fromEnv(env::get).build()) {
            assertEquals(server.baseUrl(), aloochat.baseUrl());
            aloochat.notifications().stats();
        }
        assertEquals("alc-env-1", server.takeRequest().header("x-api-key"));
    }

    @Test
    void explicitSettingsWinOverTheEnvironmentWhicheverComesFirst() {
        Map<String, String> env = Map.of("ALOOCHAT_API_KEY", "alc-env-2", "ALOOCHAT_BASE_URL", "http://127.0.0.1:9");
        try (AlooChat before = AlooChat.builder().fromEnv(env::get).apiKey("alc-explicit").baseUrl(server.baseUrl())
                .clock(clock).build();
                AlooChat after = builder().fromEnv(env::get).build()) {
            before.notifications().stats();
            after.notifications().stats();
        }
        assertEquals(List.of("alc-explicit", "alc-precedence"),
                server.requests().stream().map(r -> r.header("x-api-key")).toList());
    }

    @Test
    void theEnvironmentIsReadAtEachBuildAndNotKeptOnTheBuilder() {
        AlooChat.Builder b = AlooChat.builder().baseUrl(server.baseUrl()).clock(clock);
        Map<String, String> first = Map.of("ALOOCHAT_API_KEY", "alc-first");
        Map<String, String> second = Map.of("ALOOCHAT_API_KEY", "alc-second");
        try (AlooChat one = b.fromEnv(first::get).build(); AlooChat two = b.fromEnv(second::get).build()) {
            one.notifications().stats();
            two.notifications().stats();
        }
        assertEquals(List.of("alc-first", "alc-second"),
                server.requests().stream().map(r -> r.header("x-api-key")).toList());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> b.fromEnv(name -> null).build());
        assertEquals("an AlooChat API key is required: call apiKey(...) (or fromEnv() with ALOOCHAT_API_KEY)",
                none.getMessage());
    }

    @Test
    void aBadKeyVariableIsNamedWithoutEchoingItsValue() {
        Map<String, String> env = Map.of("ALOOCHAT_API_KEY", "alc-secret\u0007part");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlooChat.builder().fromEnv(env::get).build());
        assertTrue(e.getMessage().startsWith("ALOOCHAT_API_KEY: "), e.getMessage());
        assertFalse(e.getMessage().contains("alc-secret"), e.getMessage());
        assertEquals(0, server.requestCount());
    }
}
