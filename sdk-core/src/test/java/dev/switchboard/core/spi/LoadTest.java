package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.Timeouts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 threads × 500 calls on one shared client against a server that fails 10 % of requests at random (500, 503,
 * 503 with {@code Retry-After: 0}, a reset connection, a body cut short): no unexpected failure, no
 * non-idempotent request processed twice, every call within its deadline.
 */
class LoadTest {
    private static final int THREADS = 32;
    private static final int CALLS = 500;

    @Test
    void aSharedClientUnderTenPercentFaults() throws Exception {
        Random random = new Random(20261202);
        Map<String, AtomicInteger> processed = new ConcurrentHashMap<>();
        AtomicInteger faults = new AtomicInteger();
        try (FakeServer server = FakeServer.start()) {
            server.route("*", "/items/{id}", r -> {
                int roll;
                synchronized (random) {
                    roll = random.nextInt(100);
                }
                if (roll < 10) {
                    faults.incrementAndGet();
                    return switch (roll % 5) {
                        case 0 -> FakeResponse.json(500, "{}");
                        case 1 -> FakeResponse.json(503, "{}");
                        case 2 -> FakeResponse.json(503, "{}").withRetryAfterSeconds(0);
                        case 3 -> FakeResponse.disconnectBeforeResponse();
                        default -> FakeResponse.disconnectDuringBody(200, "application/json", "{\"id\":\"x\",\"pad\":\"" + "p".repeat(64) + "\"}");
                    };
                }
                if (r.method().equals("POST")) {
                    processed.computeIfAbsent(r.bodyUtf8(), k -> new AtomicInteger()).incrementAndGet();
                }
                return FakeResponse.json("{\"id\":\"ok\"}");
            });
            RetryPolicy policy = RetryPolicy.builder().maxRetries(8).random(() -> 0.0).build();
            Duration deadline = Duration.ofSeconds(20);
            ClientConfig config = ClientConfig.builder(server.baseUrl()).credentials(Credentials.bearer("load-tok"))
                    .retryPolicy(policy).sleeper(d -> { }).timeouts(Timeouts.ofDeadline(deadline)).timeouts(Timeouts.builder().read(Duration.ofSeconds(5)).build()).build();
            List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger postsRefused = new AtomicInteger();
            long slowest;
            try (Transport t = Transport.create(config)) {
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                List<Future<Long>> done = new ArrayList<>();
                for (int th = 0; th < THREADS; th++) {
                    int thread = th;
                    done.add(pool.submit(() -> {
                        long worst = 0;
                        for (int i = 0; i < CALLS; i++) {
                            long start = System.nanoTime();
                            boolean post = i % 5 == 0;
                            try {
                                ApiRequest r = post
                                        ? ApiRequest.builder(HttpMethod.POST, "/items/{id}", thread + "-" + i)
                                                .jsonBody(Map.of("call", thread + "-" + i)).build()
                                        : ApiRequest.builder(HttpMethod.GET, "/items/{id}", thread + "-" + i).build();
                                t.execute(r, JsonNode.class);
                            } catch (ApiException | TransportException e) {
                                if (post) {
                                    postsRefused.incrementAndGet(); // a POST is not repeated after a fault: expected
                                } else {
                                    unexpected.add("GET " + thread + "-" + i + ": " + e.getMessage());
                                }
                            } catch (RuntimeException e) {
                                unexpected.add(e.toString());
                            }
                            worst = Math.max(worst, System.nanoTime() - start);
                        }
                        return worst;
                    }));
                }
                slowest = 0;
                for (Future<Long> f : done) {
                    slowest = Math.max(slowest, f.get());
                }
                pool.shutdown();
            }
            assertEquals(List.of(), unexpected, "unexpected failures");
            assertTrue(faults.get() > THREADS * CALLS / 20, "faults were injected: " + faults.get());
            assertTrue(processed.values().stream().allMatch(c -> c.get() == 1), "a POST was processed twice");
            int posts = THREADS * CALLS / 5;
            assertEquals(posts, processed.size() + postsRefused.get(), "every POST either went through once or failed");
            assertTrue(slowest < deadline.toNanos(), "a call outlived its deadline: " + slowest / 1_000_000 + " ms");
        }
    }
}
