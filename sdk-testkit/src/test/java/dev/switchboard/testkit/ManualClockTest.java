package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00.123Z");

    @Test
    void startsInUtcAndMovesOnlyWhenTold() {
        ManualClock clock = ManualClock.at(START);
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(START, clock.instant());
        assertEquals(START.toEpochMilli(), clock.millis());
        assertEquals(LocalDateTime.parse("2026-01-01T00:00:00.123"), LocalDateTime.now(clock));

        clock.advance(Duration.ofMinutes(5));
        assertEquals(START.plusSeconds(300), clock.instant());
        assertEquals(START.plusSeconds(300).toEpochMilli(), clock.millis());

        clock.set(Instant.EPOCH);
        assertEquals(Instant.EPOCH, clock.instant());
        assertEquals(0L, clock.millis());
    }

    @Test
    void advanceRejectsNegative() {
        ManualClock clock = ManualClock.at(START);
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofNanos(-1)));
        assertEquals(START, clock.instant());
    }

    @Test
    void withZoneSharesTheTimeSource() {
        ManualClock utc = ManualClock.at(START);
        ZoneId paris = ZoneId.of("Europe/Paris");
        ManualClock local = utc.withZone(paris);
        assertEquals(paris, local.getZone());

        utc.advance(Duration.ofHours(1));
        assertEquals(utc.instant(), local.instant());
        local.set(Instant.EPOCH);
        assertEquals(Instant.EPOCH, utc.instant());

        assertEquals(utc, local.withZone(ZoneOffset.UTC));
        assertEquals(utc.hashCode(), local.withZone(ZoneOffset.UTC).hashCode());
        assertNotEquals(utc, local);
        assertNotEquals(utc, ManualClock.at(Instant.EPOCH));
    }

    @Test
    void concurrentAdvancesAreNotLost() throws InterruptedException {
        ManualClock clock = ManualClock.at(Instant.EPOCH);
        int threads = 4;
        int perThread = 1000;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    clock.advance(Duration.ofMillis(1));
                }
                done.countDown();
            }).start();
        }
        done.await();
        assertEquals(threads * perThread, clock.millis());
    }
}
