package dev.switchboard.core.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.ClientRateLimitException;
import dev.switchboard.core.ratelimit.RateLimiter.Mode;
import dev.switchboard.core.ratelimit.RateLimiter.Window;
import dev.switchboard.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    private static final Duration LONG = Duration.ofDays(1);
    private final ManualClock clock = ManualClock.at(T0);

    private RateLimiter limiter(Mode mode, Window... windows) {
        return RateLimiter.of(mode, clock, List.of(windows));
    }

    private static List<Duration> acquire(RateLimiter l, int n) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            waits.add(l.acquire(LONG));
        }
        return waits;
    }

    @Test
    void aFullWindowWaitsUntilItsOldestGrantIsAPeriodOld() {
        RateLimiter l = limiter(Mode.WAIT, Window.of(2, Duration.ofMinutes(1)));
        Duration m = Duration.ofMinutes(1);
        assertEquals(List.of(Duration.ZERO, Duration.ZERO, m, m, m.multipliedBy(2), m.multipliedBy(2)), acquire(l, 6));
    }

    @Test
    void elapsedTimeFreesPermits() {
        RateLimiter l = limiter(Mode.WAIT, Window.of(2, Duration.ofMinutes(1)));
        acquire(l, 2);
        clock.advance(Duration.ofSeconds(45));
        assertEquals(Duration.ofSeconds(15), l.acquire(LONG));
        clock.advance(Duration.ofSeconds(15));
        assertEquals(Duration.ZERO, l.acquire(LONG));
        assertEquals(Duration.ofMinutes(1), l.acquire(LONG), "both permits now belong to grants made at T0 + 60 s");
    }

    @Test
    void keepsUnderBothWindowsAtOnce() {
        RateLimiter l = limiter(Mode.WAIT, Window.of(100, Duration.ofMinutes(1)), Window.of(1000, Duration.ofHours(1)));
        assertTrue(acquire(l, 100).stream().allMatch(Duration::isZero));
        assertEquals(Duration.ofMinutes(1), l.acquire(LONG), "the 101st waits for the minute window");
        for (int minute = 1; minute < 10; minute++) {
            clock.set(T0.plus(Duration.ofMinutes(minute)));
            int free = minute == 1 ? 99 : 100;
            assertTrue(acquire(l, free).stream().allMatch(Duration::isZero), "minute " + minute);
        }
        clock.set(T0.plus(Duration.ofMinutes(10)));
        assertEquals(Duration.ofMinutes(50), l.acquire(LONG), "1000 grants in the first hour: the 1001st waits for T0 + 1 h");
    }

    @Test
    void neverGrantsMoreThanItsPermitsInAnyWindow() {
        Window minute = Window.of(7, Duration.ofSeconds(60));
        Window hour = Window.of(40, Duration.ofSeconds(600));
        RateLimiter l = limiter(Mode.WAIT, minute, hour);
        Random random = new Random(20260401L);
        List<Instant> granted = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            clock.advance(Duration.ofMillis(random.nextInt(random.nextBoolean() ? 200 : 30_000)));
            granted.add(clock.instant().plus(l.acquire(LONG)));
        }
        for (Window w : List.of(minute, hour)) {
            for (int i = 0; i + w.permits() < granted.size(); i++) {
                Duration span = Duration.between(granted.get(i), granted.get(i + w.permits()));
                assertTrue(span.compareTo(w.period()) >= 0, "more than " + w.permits() + " grants within " + w.period() + " at " + i);
            }
        }
        for (int i = 1; i < granted.size(); i++) {
            assertTrue(!granted.get(i).isBefore(granted.get(i - 1)), "grants are in arrival order");
        }
    }

    @Test
    void failingFastThrowsWithTheWaitAndReservesNothing() {
        RateLimiter l = limiter(Mode.FAIL_FAST, Window.of(1, Duration.ofSeconds(30)));
        assertEquals(Duration.ZERO, l.acquire(LONG));
        clock.advance(Duration.ofSeconds(10));
        ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG));
        assertEquals(Duration.ofSeconds(20), e.waitTime());
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ZERO, l.acquire(LONG), "the refused call reserved nothing");
    }

    @Test
    void aWaitLongerThanMaxWaitThrowsAndReservesNothing() {
        RateLimiter l = limiter(Mode.WAIT, Window.of(1, Duration.ofMinutes(1)));
        l.acquire(LONG);
        ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> l.acquire(Duration.ofSeconds(59)));
        assertEquals(Duration.ofMinutes(1), e.waitTime());
        assertTrue(e.getMessage().contains("after the call's deadline"));
        assertEquals(Duration.ofMinutes(1), l.acquire(Duration.ofMinutes(1)));
    }

    @Test
    void concurrentCallersGetExactlyThePermits() throws Exception {
        RateLimiter l = limiter(Mode.WAIT, Window.of(400, Duration.ofHours(1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> free = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                free.add(pool.submit(() -> (int) acquire(l, 50).stream().filter(Duration::isZero).count()));
            }
            int total = 0;
            for (Future<Integer> f : free) {
                total += f.get();
            }
            assertEquals(400, total);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Duration.ofHours(1), l.acquire(LONG));
    }

    @Test
    void validatesWindows() {
        assertEquals("permits must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> Window.of(0, Duration.ofMinutes(1))).getMessage());
        assertEquals("period must be positive", assertThrows(IllegalArgumentException.class, () -> Window.of(1, Duration.ZERO)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLimiter.of(Mode.WAIT, clock, List.of()));
    }
}
