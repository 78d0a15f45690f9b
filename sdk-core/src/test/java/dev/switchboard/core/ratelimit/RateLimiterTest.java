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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LONG = Duration.ofHours(1);
    private static final Window TWO_PER_MINUTE = Window.of(2, Duration.ofMinutes(1));
    private static final Window HUNDRED_PER_MINUTE = Window.of(100, Duration.ofMinutes(1));
    private static final Window THOUSAND_PER_HOUR = Window.of(1000, Duration.ofHours(1));

    private final ManualClock clock = ManualClock.at(T0);

    private RateLimiter limiter(Mode mode, Window... windows) {
        return RateLimiter.of(mode, clock, List.of(windows));
    }

    private static void acquireFree(RateLimiter limiter, int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(Duration.ZERO, limiter.acquire(LONG), "permit " + (i + 1));
        }
    }

    // --- one window, WAIT ---

    @Test
    void firstPermitsUpToCapacityAreFree() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        assertEquals(Duration.ZERO, l.acquire(LONG));
        assertEquals(Duration.ZERO, l.acquire(LONG));
    }

    @Test
    void thirdPermitWaitsOneRefillInterval() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG));
    }

    @Test
    void waitingReservationsQueueUp() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG));
        assertEquals(Duration.ofSeconds(60), l.acquire(LONG));
        assertEquals(Duration.ofSeconds(90), l.acquire(LONG));
    }

    @Test
    void afterAdvancingThirtySecondsTheReservedPermitCountsAgainstTheNext() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG)); // reserved for T0+30s, bucket full again at T0+90s
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG)); // goes at T0+60s
        clock.advance(Duration.ofSeconds(60));                  // T0+90s, bucket full again at T0+120s
        assertEquals(Duration.ZERO, l.acquire(LONG));
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG));
    }

    @Test
    void permitsRefillContinuously() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ZERO, l.acquire(LONG));
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG));
    }

    @Test
    void partialRefillShortensTheWait() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        clock.advance(Duration.ofMillis(12_345));
        assertEquals(Duration.ofMillis(30_000 - 12_345), l.acquire(LONG));
    }

    @Test
    void idleTimeDoesNotAccumulateBeyondCapacity() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        clock.advance(Duration.ofDays(3));
        acquireFree(l, 2);
        assertEquals(Duration.ofSeconds(30), l.acquire(LONG));
    }

    // --- two windows ---

    @Test
    void minuteWindowBindsFirst() {
        RateLimiter l = limiter(Mode.WAIT, HUNDRED_PER_MINUTE, THOUSAND_PER_HOUR);
        acquireFree(l, 100);
        assertEquals(Duration.ofMillis(600), l.acquire(LONG));
        assertEquals(Duration.ofMillis(1200), l.acquire(LONG));
    }

    @Test
    void hourWindowBecomesBinding() {
        RateLimiter both = limiter(Mode.WAIT, HUNDRED_PER_MINUTE, THOUSAND_PER_HOUR);
        // 100 at the start of each of the first 11 minutes: 1100 permits, all free. The hour bucket (1000, refilling
        // one per 3.6 s) is then 3960 s "ahead" at T0+600 s; the minute bucket is full at the start of each minute.
        for (int minute = 0; minute <= 10; minute++) {
            clock.set(T0.plusSeconds(60L * minute));
            acquireFree(both, 100);
        }
        clock.set(T0.plusSeconds(660));
        // In minute 11 the hour bucket has room for 83 more (3600 - 3300 = 300 s = 83.3 permits).
        acquireFree(both, 83);
        // The 84th: hour bucket full-at would be T0+4262.4 s, so it may go at T0+662.4 s; the minute window alone
        // would let it go now (83 of 100 used).
        assertEquals(Duration.ofMillis(2400), both.acquire(LONG));
        assertEquals(Duration.ofMillis(6000), both.acquire(LONG));
        assertEquals(Duration.ofMillis(9600), both.acquire(LONG));
    }

    @Test
    void sameSequenceWithMinuteWindowOnlyIsFree() {
        // Control for hourWindowBecomesBinding: without the hour window the 84th and later permits are free.
        RateLimiter minuteOnly = limiter(Mode.WAIT, HUNDRED_PER_MINUTE);
        for (int minute = 0; minute <= 10; minute++) {
            clock.set(T0.plusSeconds(60L * minute));
            acquireFree(minuteOnly, 100);
        }
        clock.set(T0.plusSeconds(660));
        acquireFree(minuteOnly, 100);
        assertEquals(Duration.ofMillis(600), minuteOnly.acquire(LONG));
    }

    @Test
    void waitIsTheLongestOfTheWindows() {
        // 2 per second and 3 per minute: the third permit waits for the second window (500 ms), the fourth for the
        // minute window (20 s per permit).
        RateLimiter l = limiter(Mode.WAIT, Window.of(2, Duration.ofSeconds(1)), Window.of(3, Duration.ofMinutes(1)));
        assertEquals(Duration.ZERO, l.acquire(LONG));
        assertEquals(Duration.ZERO, l.acquire(LONG));
        assertEquals(Duration.ofMillis(500), l.acquire(LONG));
        assertEquals(Duration.ofSeconds(20), l.acquire(LONG));
    }

    // --- FAIL_FAST ---

    @Test
    void failFastThrowsWithComputedWait() {
        RateLimiter l = limiter(Mode.FAIL_FAST, TWO_PER_MINUTE);
        acquireFree(l, 2);
        ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG));
        assertEquals(Duration.ofSeconds(30), e.waitTime());
        assertEquals("client-side rate limit reached (2 per PT1M); next permit in 30000 ms", e.getMessage());
    }

    @Test
    void failFastDoesNotConsumeAPermit() {
        RateLimiter l = limiter(Mode.FAIL_FAST, TWO_PER_MINUTE);
        acquireFree(l, 2);
        ClientRateLimitException first = assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG));
        ClientRateLimitException second = assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG));
        assertEquals(Duration.ofSeconds(30), first.waitTime());
        assertEquals(Duration.ofSeconds(30), second.waitTime());
        clock.advance(first.waitTime());
        assertEquals(Duration.ZERO, l.acquire(LONG));
        ClientRateLimitException third = assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG));
        assertEquals(Duration.ofSeconds(30), third.waitTime());
    }

    @Test
    void failFastWithTwoWindowsReportsBindingWait() {
        RateLimiter l = limiter(Mode.FAIL_FAST, HUNDRED_PER_MINUTE, THOUSAND_PER_HOUR);
        acquireFree(l, 100);
        ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG));
        assertEquals(Duration.ofMillis(600), e.waitTime());
        assertTrue(e.getMessage().contains("100 per PT1M, 1000 per PT1H"), e.getMessage());
        clock.advance(Duration.ofMillis(599));
        assertEquals(Duration.ofMillis(1),
                assertThrows(ClientRateLimitException.class, () -> l.acquire(LONG)).waitTime());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Duration.ZERO, l.acquire(LONG));
    }

    // --- WAIT with a deadline ---

    @Test
    void waitLongerThanMaxWaitThrowsAndReservesNothing() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> l.acquire(Duration.ofSeconds(29)));
        assertEquals(Duration.ofSeconds(30), e.waitTime());
        assertEquals("client-side rate limit reached (2 per PT1M); a permit is 30000 ms away, after the call's deadline",
                e.getMessage());
        // Nothing was reserved: the next caller gets the same slot, and the one after that the following slot.
        assertEquals(Duration.ofSeconds(30), l.acquire(Duration.ofSeconds(30)));
        assertEquals(Duration.ofSeconds(60), l.acquire(LONG));
    }

    @Test
    void waitExactlyMaxWaitIsAllowed() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        acquireFree(l, 2);
        assertEquals(Duration.ofSeconds(30), l.acquire(Duration.ofSeconds(30)));
    }

    @Test
    void freePermitIsGrantedEvenWithZeroMaxWait() {
        RateLimiter l = limiter(Mode.WAIT, TWO_PER_MINUTE);
        assertEquals(Duration.ZERO, l.acquire(Duration.ZERO));
        assertEquals(Duration.ZERO, l.acquire(Duration.ZERO));
        ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> l.acquire(Duration.ZERO));
        assertEquals(Duration.ofSeconds(30), e.waitTime());
    }

    // --- concurrency ---

    /** Races are probabilistic; each race test runs this many times, each with a fresh limiter and clock. */
    private static final int RACE_ROUNDS = 25;

    private static List<Object> race(RateLimiter l, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Object>> task = () -> {
                    start.await();
                    List<Object> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        try {
                            mine.add(l.acquire(Duration.ofDays(1)));
                        } catch (ClientRateLimitException e) {
                            mine.add(e);
                        }
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Object> all = new ArrayList<>();
            for (Future<List<Object>> f : futures) {
                all.addAll(f.get(30, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @RepeatedTest(RACE_ROUNDS)
    void concurrentAcquiresGrantExactlyCapacity() throws Exception {
        RateLimiter l = limiter(Mode.WAIT, Window.of(400, Duration.ofHours(1)));
        List<Object> results = race(l, 8, 50);
        assertEquals(400, results.size());
        assertEquals(400, Collections.frequency(results, Duration.ZERO));
        Duration next = l.acquire(LONG);
        assertTrue(next.compareTo(Duration.ZERO) > 0, next.toString());
        assertEquals(Duration.ofSeconds(9), next);
    }

    @RepeatedTest(RACE_ROUNDS)
    void concurrentWaitingReservationsAreAllDistinct() throws Exception {
        // 300 per hour = one per 12 s; 400 callers get 300 free permits and then 12 s, 24 s, ... 1200 s, each once.
        RateLimiter l = limiter(Mode.WAIT, Window.of(300, Duration.ofHours(1)));
        List<Object> results = race(l, 8, 50);
        List<Duration> waits = new ArrayList<>();
        for (Object r : results) {
            waits.add((Duration) r);
        }
        Collections.sort(waits);
        List<Duration> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            expected.add(Duration.ZERO);
        }
        for (int i = 1; i <= 100; i++) {
            expected.add(Duration.ofSeconds(12L * i));
        }
        assertEquals(expected, waits);
    }

    @RepeatedTest(RACE_ROUNDS)
    void concurrentFailFastGrantsExactlyCapacity() throws Exception {
        RateLimiter l = limiter(Mode.FAIL_FAST, Window.of(300, Duration.ofHours(1)));
        List<Object> results = race(l, 8, 50);
        assertEquals(300, Collections.frequency(results, Duration.ZERO));
        int refused = 0;
        for (Object r : results) {
            if (r instanceof ClientRateLimitException e) {
                refused++;
                assertEquals(Duration.ofSeconds(12), e.waitTime());
            }
        }
        assertEquals(100, refused);
    }

    // --- configuration ---

    @Test
    void windowRejectsZeroPermits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Window.of(0, Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("permits"), e.getMessage());
        assertEquals("permits must be positive, was 0", e.getMessage());
    }

    @Test
    void windowRejectsNegativePermits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Window.of(-5, Duration.ofMinutes(1)));
        assertEquals("permits must be positive, was -5", e.getMessage());
    }

    @Test
    void windowRejectsZeroPeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Window.of(1, Duration.ZERO));
        assertTrue(e.getMessage().contains("period"), e.getMessage());
    }

    @Test
    void windowRejectsNegativePeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Window.of(1, Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().contains("period"), e.getMessage());
    }

    @Test
    void windowRejectsNullPeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Window(1, null));
        assertTrue(e.getMessage().contains("period"), e.getMessage());
    }

    @Test
    void limiterNeedsAWindow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateLimiter.of(Mode.WAIT, clock, List.of()));
        assertEquals("a rate limiter needs at least one window", e.getMessage());
    }

    @Test
    void limiterRejectsNullModeAndClock() {
        assertEquals("mode", assertThrows(NullPointerException.class,
                () -> RateLimiter.of(null, clock, List.of(TWO_PER_MINUTE))).getMessage());
        assertEquals("clock", assertThrows(NullPointerException.class,
                () -> RateLimiter.of(Mode.WAIT, null, List.of(TWO_PER_MINUTE))).getMessage());
    }

    @Test
    void limiterCopiesItsWindows() {
        List<Window> windows = new ArrayList<>(List.of(HUNDRED_PER_MINUTE, THOUSAND_PER_HOUR));
        RateLimiter l = RateLimiter.of(Mode.FAIL_FAST, clock, windows);
        windows.clear();
        assertEquals(List.of(HUNDRED_PER_MINUTE, THOUSAND_PER_HOUR), l.windows());
        assertThrows(UnsupportedOperationException.class, () -> l.windows().clear());
        assertEquals(Mode.FAIL_FAST, l.mode());
        assertEquals("RateLimiter{FAIL_FAST, 100 per PT1M, 1000 per PT1H}", l.toString());
    }

    @Test
    void factoriesSetTheMode() {
        RateLimiter waiting = RateLimiter.waiting(Window.of(1, Duration.ofDays(1)));
        assertEquals(Mode.WAIT, waiting.mode());
        assertEquals(Duration.ZERO, waiting.acquire(Duration.ZERO));

        RateLimiter failing = RateLimiter.failingFast(Window.of(1, Duration.ofDays(1)));
        assertEquals(Mode.FAIL_FAST, failing.mode());
        assertEquals(Duration.ZERO, failing.acquire(Duration.ZERO));
        Duration wait = assertThrows(ClientRateLimitException.class, () -> failing.acquire(Duration.ofDays(2))).waitTime();
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofDays(1)) <= 0, wait.toString());
    }
}
