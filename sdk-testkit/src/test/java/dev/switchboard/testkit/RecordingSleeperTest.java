package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingSleeperTest {

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void recordsWithoutSleeping() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper();
        long started = System.nanoTime();
        sleeper.sleep(Duration.ofSeconds(30));
        sleeper.sleep(Duration.ofMillis(250));
        sleeper.sleep(Duration.ZERO);

        assertTrue(System.nanoTime() - started < Duration.ofSeconds(1).toNanos());
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMillis(250), Duration.ZERO),
                sleeper.sleeps());
        assertEquals(Duration.ofMillis(30_250), sleeper.total());
        assertEquals(3, sleeper.count());
    }

    @Test
    void advancesTheClock() throws InterruptedException {
        ManualClock clock = ManualClock.at(Instant.EPOCH);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        sleeper.sleep(Duration.ofSeconds(2));
        sleeper.sleep(Duration.ofMillis(500));
        assertEquals(Instant.ofEpochMilli(2500), clock.instant());
    }

    @Test
    void interruptedThreadGetsInterruptedExceptionAndFlagIsCleared() throws InterruptedException {
        ManualClock clock = ManualClock.at(Instant.EPOCH);
        RecordingSleeper sleeper = new RecordingSleeper(clock);

        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> sleeper.sleep(Duration.ofSeconds(1)));
        assertFalse(Thread.currentThread().isInterrupted());
        // The interrupted pause is neither recorded nor applied to the clock.
        assertEquals(0, sleeper.count());
        assertEquals(Instant.EPOCH, clock.instant());

        sleeper.sleep(Duration.ofSeconds(1));
        assertEquals(1, sleeper.count());
    }

    @Test
    void snapshotIsIndependent() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper();
        sleeper.sleep(Duration.ofMillis(1));
        List<Duration> snapshot = sleeper.sleeps();
        sleeper.sleep(Duration.ofMillis(2));
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(Duration.ZERO));
    }

    @Test
    void rejectsNegativeDurations() {
        RecordingSleeper sleeper = new RecordingSleeper();
        assertThrows(IllegalArgumentException.class, () -> sleeper.sleep(Duration.ofMillis(-1)));
        assertEquals(Duration.ZERO, sleeper.total());
    }
}
