package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deduplicator is bounded in size and time, and thread-safe. */
class DeduplicatorTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T00:00:00Z"));

    @Test
    void secondDeliveryOfAnIdIsARepeat() {
        Deduplicator d = Deduplicator.builder().clock(clock).build();
        assertTrue(d.firstDelivery("notif_1"));
        assertFalse(d.firstDelivery("notif_1"));
        assertTrue(d.firstDelivery("notif_2"));
        assertTrue(d.seen("notif_1"));
        assertFalse(d.seen("notif_3"));
        assertEquals(2, d.size());
    }

    @Test
    void idsExpireAfterTheTimeToLive() {
        Deduplicator d = Deduplicator.builder().clock(clock).timeToLive(Duration.ofMinutes(10)).build();
        d.firstDelivery("a");
        clock.advance(Duration.ofMinutes(5));
        d.firstDelivery("b");
        clock.advance(Duration.ofMinutes(5).minusNanos(1));
        assertFalse(d.firstDelivery("a"), "still remembered just before the time to live");
        clock.advance(Duration.ofNanos(1));
        assertTrue(d.firstDelivery("a"), "forgotten at the time to live");
        assertEquals(2, d.size());
        clock.advance(Duration.ofMinutes(11));
        assertEquals(0, d.size());
    }

    @Test
    void capacityEvictsTheOldest() {
        Deduplicator d = Deduplicator.builder().clock(clock).capacity(3).build();
        for (String id : List.of("1", "2", "3", "4")) {
            assertTrue(d.firstDelivery(id));
        }
        assertEquals(3, d.size());
        assertFalse(d.seen("1"));
        assertTrue(d.firstDelivery("1"), "the evicted id counts as new");
        assertFalse(d.seen("2"));
        for (int i = 0; i < 100_000; i++) {
            d.firstDelivery("id-" + i);
        }
        assertEquals(3, d.size(), "memory stays bounded");
    }

    @Test
    void forgetLetsARetryThrough() {
        Deduplicator d = Deduplicator.builder().clock(clock).build();
        assertTrue(d.firstDelivery("n"));
        d.forget("n");
        assertTrue(d.firstDelivery("n"));
    }

    @Test
    void idsThatCannotBeDeduplicatedAlwaysCountAsFirst() {
        Deduplicator d = Deduplicator.create();
        assertTrue(d.firstDelivery(null));
        assertTrue(d.firstDelivery(null));
        assertTrue(d.firstDelivery(""));
        assertEquals(0, d.size());
        assertFalse(d.seen(null));
        d.forget(null);
    }

    @Test
    void concurrentDeliveriesOfOneIdAreHandledOnce() throws Exception {
        Deduplicator d = Deduplicator.builder().clock(clock).capacity(10_000).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger firsts = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (d.firstDelivery("notif_" + i)) {
                            firsts.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(500, firsts.get());
    }

    @Test
    void configurationIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> Deduplicator.builder().capacity(0));
        assertThrows(IllegalArgumentException.class, () -> Deduplicator.builder().timeToLive(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> Deduplicator.builder().clock(null));
    }
}
