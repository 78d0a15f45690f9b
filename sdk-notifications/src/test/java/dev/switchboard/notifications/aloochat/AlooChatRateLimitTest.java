package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.Timeouts;

import dev.switchboard.core.ClientRateLimitException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The documented limits (100 requests per minute, 1000 per hour) kept client-side on an injected clock, and 429s
 * handled with and without {@code Retry-After}. Waits are recorded, never slept. The limiter tests make over a
 * thousand calls, so they are answered in process by an OkHttp interceptor (through the whole transport: limiter,
 * retries, decoding) rather than over a socket; the 429 tests use the fake server.
 */
class AlooChatRateLimitTest {
    private static final Instant T0 = Instant.parse("2024-01-10T12:00:00Z");

    private final ManualClock clock = ManualClock.at(T0);
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<Instant> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final byte[] stats = Fixture.bytes("aloochat/stats.json");
    private final OkHttpClient inProcess = new OkHttpClient.Builder().addInterceptor(chain -> {
        arrivals.add(clock.instant());
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(stats, MediaType.get("application/json"))).build();
    }).build();

    @AfterEach
    void close() {
        inProcess.dispatcher().executorService().shutdown();
    }

    private AlooChat.Builder builder() {
        return AlooChat.builder().apiKey(AlooChatClientTest.KEY).baseUrl("http://aloochat.test")
                .okHttpClient(inProcess).clock(clock).sleeper(sleeper::sleep);
    }

    private AlooChat.Builder against(FakeAloochat fake) {
        return AlooChat.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep);
    }

    private static void calls(AlooChat client, int n) {
        for (int i = 0; i < n; i++) {
            client.notifications().stats();
        }
    }

    @Test
    void aHundredGoAtOnceThenTheNextWaitsUntilTheMinuteHasPassed() {
        try (AlooChat aloochat = builder().build()) {
            calls(aloochat, 100);
            assertEquals(List.of(), sleeper.sleeps(), "100 per minute go at once");
            calls(aloochat, 30);
        }
        assertEquals(List.of(Duration.ofMinutes(1)), sleeper.sleeps());
        assertEquals(130, arrivals.size());
        assertEquals(T0, arrivals.get(99));
        assertEquals(T0.plusSeconds(60), arrivals.get(100));
        assertEquals(T0.plusSeconds(60), arrivals.get(129));
    }

    @Test
    void theHourWindowTakesOverAfterRequest1000() {
        // 100 requests each minute from minute 0 to 9; the 1001st waits until the first hour has passed.
        try (AlooChat aloochat = builder().timeouts(Timeouts.ofDeadline(Duration.ofHours(2))).build()) {
            calls(aloochat, 1001);
        }
        List<Duration> expected = new ArrayList<>(Collections.nCopies(9, Duration.ofMinutes(1)));
        expected.add(Duration.ofSeconds(3600 - 540));
        assertEquals(expected, sleeper.sleeps());
        assertEquals(T0.plusSeconds(540), arrivals.get(999));
        assertEquals(T0.plusSeconds(3600), arrivals.get(1000));
        // Never more than 100 requests in any minute or 1000 in any hour.
        for (int i = 0; i + 100 < arrivals.size(); i++) {
            assertTrue(Duration.between(arrivals.get(i), arrivals.get(i + 100)).compareTo(Duration.ofMinutes(1)) >= 0, "minute at " + i);
        }
        assertTrue(Duration.between(arrivals.get(0), arrivals.get(1000)).compareTo(Duration.ofHours(1)) >= 0, "hour");
    }

    @Test
    void failFastRefusesWithoutSendingAndSaysHowLongToWait() {
        try (AlooChat aloochat = builder().rateLimitMode(RateLimiter.Mode.FAIL_FAST).build()) {
            calls(aloochat, 100);
            ClientRateLimitException e = assertThrows(ClientRateLimitException.class,
                    () -> aloochat.notifications().stats());
            assertEquals(Duration.ofMinutes(1), e.waitTime());
            clock.advance(e.waitTime());
            aloochat.notifications().stats();
        }
        assertEquals(101, arrivals.size());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void theLimiterCanBeTurnedOffOrSharedBetweenClients() {
        try (AlooChat unlimited = builder().withoutRateLimit().build()) {
            calls(unlimited, 150);
            assertEquals(null, unlimited.rateLimiter());
        }
        assertEquals(List.of(), sleeper.sleeps());

        RateLimiter shared = RateLimiter.of(RateLimiter.Mode.WAIT, clock, AlooChat.documentedLimits());
        try (AlooChat a = builder().rateLimiter(shared).build(); AlooChat b = builder().rateLimiter(shared)
                .build()) {
            calls(a, 60);
            calls(b, 40);
            assertEquals(List.of(), sleeper.sleeps());
            calls(b, 1);
        }
        assertEquals(List.of(Duration.ofMinutes(1)), sleeper.sleeps(), "the two clients share one budget");
    }

    @Test
    void clientsBuiltWithTheSameKeyShareOneLimiterByDefault() {
        try (AlooChat a = builder().build(); AlooChat b = builder().build();
                AlooChat otherKey = builder().apiKey("another-key").build()) {
            assertSame(a.rateLimiter(), b.rateLimiter(), "the documented limits count per API key");
            assertNotSame(a.rateLimiter(), otherKey.rateLimiter());
            calls(a, 60);
            calls(b, 40);
            calls(otherKey, 100);
            assertEquals(List.of(), sleeper.sleeps(), "another key has its own budget");
            calls(b, 1);
            assertEquals(List.of(Duration.ofMinutes(1)), sleeper.sleeps(), "a and b spent one budget of 100");
            assertFalse(a.rateLimiter().toString().contains(AlooChatClientTest.KEY));
        }
    }

    @Test
    void theSharedLimiterIsPerModeLimitsAndClock() {
        try (AlooChat waiting = builder().build();
                AlooChat failFast = builder().rateLimitMode(RateLimiter.Mode.FAIL_FAST).build();
                AlooChat other = builder().rateLimits(RateLimiter.Window.of(5, Duration.ofSeconds(1))).build();
                AlooChat otherClock = builder().clock(ManualClock.at(T0)).build()) {
            assertNotSame(waiting.rateLimiter(), failFast.rateLimiter());
            assertNotSame(waiting.rateLimiter(), other.rateLimiter());
            assertNotSame(waiting.rateLimiter(), otherClock.rateLimiter());
            try (AlooChat again = builder().rateLimitMode(RateLimiter.Mode.FAIL_FAST).build()) {
                assertSame(failFast.rateLimiter(), again.rateLimiter());
            }
        }
    }

    @Test
    void otherLimitsCanBeConfigured() {
        try (AlooChat aloochat = builder().rateLimits(RateLimiter.Window.of(2, Duration.ofSeconds(1))).build()) {
            assertEquals(List.of(RateLimiter.Window.of(2, Duration.ofSeconds(1))), aloochat.rateLimiter().windows());
            calls(aloochat, 4);
        }
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps(), "the 3rd and 4th go together once a second has passed");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlooChat.builder().rateLimits());
        assertEquals("rateLimits needs at least one window; use withoutRateLimit() for none", e.getMessage());
    }

    @Test
    void aWaitPastTheDeadlineFailsAtOnce() {
        try (AlooChat aloochat = builder().timeouts(Timeouts.ofDeadline(Duration.ofMillis(500))).build()) {
            calls(aloochat, 100);
            ClientRateLimitException e = assertThrows(ClientRateLimitException.class,
                    () -> aloochat.notifications().stats());
            assertEquals(Duration.ofMinutes(1), e.waitTime());
            assertTrue(e.getMessage().contains("after the call's deadline"), e.getMessage());
        }
    }

    @Test
    void a429WithRetryAfterWaitsThatLong() {
        try (FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(3).start();
                AlooChat aloochat = against(fake).build()) {
            fake.rateLimitNext(1, 7L);
            assertEquals(3L, aloochat.notifications().stats().totalNotifications());
            assertEquals(2, fake.server().requestCount());
        }
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
    }

    @Test
    void a429WithoutRetryAfterWaitsTheFallbackNotAQuickBackoff() {
        try (FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(3).start();
                AlooChat aloochat = against(fake).build()) {
            fake.rateLimitNext(2, null);
            assertEquals(3L, aloochat.notifications().stats().totalNotifications());
        }
        assertEquals(List.of(Duration.ofSeconds(15), Duration.ofSeconds(15)), sleeper.sleeps());
    }

    @Test
    void a429ThatAsksForTooLongFailsWithTheWaitAndTheDocumentedMessage() {
        try (FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(3).start();
                AlooChat aloochat = against(fake).build()) {
            fake.rateLimitNext(1, 3600L);
            RateLimitException e = assertThrows(RateLimitException.class, () -> aloochat.notifications().stats());
            assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
            assertEquals("Rate limit exceeded: 100 requests per minute", e.serverMessage().orElseThrow());
            assertEquals("TooManyRequests", e.details().get(0).code());
            assertEquals(1, fake.server().requestCount());
        }
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void exhaustedRetriesOn429SurfaceTheRateLimitException() {
        try (FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(3).start();
                AlooChat aloochat = against(fake).build()) {
            fake.rateLimitNext(4, 2L);
            RateLimitException e = assertThrows(RateLimitException.class, () -> aloochat.notifications().stats());
            assertEquals(4, e.attempts());
            assertEquals(429, e.status());
        }
        assertEquals(Collections.nCopies(3, Duration.ofSeconds(2)), sleeper.sleeps());
    }
}
