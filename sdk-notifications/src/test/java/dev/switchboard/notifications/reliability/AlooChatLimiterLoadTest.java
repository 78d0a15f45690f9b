package dev.switchboard.notifications.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.Timeouts;

import dev.switchboard.notifications.aloochat.AlooChat;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 32 threads share one AlooChat client and make 960 calls: the client-side limiter must keep every minute under 100
 * requests and every hour under 1000, as the API documents. Time is frozen and every wait the limiter asks for is
 * recorded instead of slept, so the grants are exact: a request is sent at {@code now + wait}.
 */
class AlooChatLimiterLoadTest {
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void thirtyTwoThreadsNeverExceedTheDocumentedWindows() throws Exception {
        ManualClock clock = ManualClock.at(NOW);
        List<Instant> sendTimes = Collections.synchronizedList(new ArrayList<>());
        int threads = 32;
        int calls = 30;
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/team-notifications/{id}", r -> FakeResponse.json("{\"id\":\"n1\",\"title\":\"t\"}"));
            try (AlooChat client = AlooChat.builder().baseUrl(server.baseUrl()).apiKey("ac-load")
                    .clock(clock).sleeper(d -> sendTimes.add(NOW.plus(d))).timeouts(Timeouts.ofDeadline(Duration.ofHours(2))).build()) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < calls; i++) {
                            client.notifications().get("n" + i);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                pool.shutdown();
            }
            int total = threads * calls;
            assertEquals(total, server.requestCount());
            List<Instant> grants = new ArrayList<>(sendTimes);
            while (grants.size() < total) {
                grants.add(NOW); // sent at once: the limiter asked for no wait
            }
            Collections.sort(grants);
            assertTrue(maxInWindow(grants, Duration.ofMinutes(1)) <= 100, "over 100 in a minute: " + maxInWindow(grants, Duration.ofMinutes(1)));
            assertTrue(maxInWindow(grants, Duration.ofHours(1)) <= 1000);
            assertEquals(100, maxInWindow(grants, Duration.ofMinutes(1)), "the limiter lets the documented rate through");
        }
    }

    /** @return the most sends within any window of {@code period} (half-open: a send exactly a period later is not in it) */
    private static int maxInWindow(List<Instant> sorted, Duration period) {
        int best = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plus(period).isAfter(sorted.get(end))) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }
}
