package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Timeouts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    private static ApiRequest get(String path) {
        return ApiRequest.builder(HttpMethod.GET, path).build();
    }

    private void okRoute() {
        server.route("*", "/things", r -> FakeResponse.json("{\"ok\":true}"));
    }

    @Test
    void retriesGetOn503ThenSucceedsWithExponentialBackoff() {
        okRoute();
        server.faults().statusSequence("GET", "/things", 503, 503);
        try (Transport t = Transport.create(f.config(server).build())) {
            JsonNode body = t.execute(get("/things"), JsonNode.class);
            assertTrue(body.get("ok").asBoolean());
        }
        assertEquals(3, server.requestCount());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), f.sleeper.sleeps());
    }

    @Test
    void everyCallGetsItsFullRetryBudget() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{\"error\":\"down\"}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            for (int call = 1; call <= 3; call++) {
                int before = server.requestCount();
                ServerException e = assertThrows(ServerException.class, () -> t.execute(get("/things"), JsonNode.class));
                assertEquals(4, server.requestCount() - before, "call " + call + " must make maxRetries + 1 attempts");
                assertEquals(4, e.attempts());
            }
        }
    }

    @Test
    void concurrentFailingCallsEachGetTheirFullBudget() throws Exception {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}"));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Transport t = Transport.create(f.config(server).sleeper(d -> { }).build())) {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                attempts.add(pool.submit(() -> assertThrows(ServerException.class, () -> t.execute(get("/things"), JsonNode.class)).attempts()));
            }
            for (Future<Integer> a : attempts) {
                assertEquals(4, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * 4, server.requestCount());
    }

    @Test
    void postIsNotRetriedOn503UnlessMarkedSafe() {
        server.route("POST", "/things", r -> FakeResponse.json(503, "{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiRequest post = ApiRequest.builder(HttpMethod.POST, "/things").jsonBody(Map.of("a", 1)).build();
            assertThrows(ServerException.class, () -> t.execute(post, JsonNode.class));
            assertEquals(1, server.requestCount());

            ApiRequest safe = post.toBuilder().retrySafe().build();
            assertThrows(ServerException.class, () -> t.execute(safe, JsonNode.class));
            assertEquals(1 + 4, server.requestCount());
        }
    }

    @Test
    void postIsNotRetriedOn429Either() {
        server.route("POST", "/things", r -> FakeResponse.json(429, "{}").withRetryAfterSeconds(1));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiRequest post = ApiRequest.builder(HttpMethod.POST, "/things").jsonBody(Map.of()).build();
            RateLimitException e = assertThrows(RateLimitException.class, () -> t.execute(post, JsonNode.class));
            assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
        }
        assertEquals(1, server.requestCount());
        assertTrue(f.sleeper.sleeps().isEmpty());
    }

    @Test
    void putAndDeleteAreRetried() {
        server.route("*", "/things", r -> FakeResponse.json("{}"));
        server.faults().statusSequence("PUT", "/things", 502).statusSequence("DELETE", "/things", 504);
        try (Transport t = Transport.create(f.config(server).build())) {
            t.send(ApiRequest.builder(HttpMethod.PUT, "/things").jsonBody(Map.of("x", 1)).build());
            t.send(ApiRequest.builder(HttpMethod.DELETE, "/things").build());
        }
        assertEquals(4, server.requestCount());
    }

    @Test
    void honoursRetryAfterSeconds() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.json(429, "{}").withRetryAfterSeconds(7));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(List.of(Duration.ofSeconds(7)), f.sleeper.sleeps());
    }

    @Test
    void honoursRetryAfterHttpDateAgainstTheInjectedClock() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.json(503, "{}").withRetryAfterDate(Fixtures.START.plusSeconds(12)));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(List.of(Duration.ofSeconds(12)), f.sleeper.sleeps());
    }

    @Test
    void honoursXRateLimitResetOn429() {
        okRoute();
        long reset = Fixtures.START.getEpochSecond() + 9;
        server.faults().next("GET", "/things", FakeResponse.json(429, "{}").withRateLimitReset(reset));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(List.of(Duration.ofSeconds(9)), f.sleeper.sleeps());
    }

    @Test
    void ignoresXRateLimitResetOn503AndBacksOffInstead() {
        okRoute();
        long reset = Fixtures.START.getEpochSecond() + 40;
        server.faults().next("GET", "/things", FakeResponse.json(503, "{}").withRateLimitReset(reset));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(List.of(Duration.ofMillis(500)), f.sleeper.sleeps());
    }

    @Test
    void retryAfterAboveTheCapFailsFastWithTheRequestedWait() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.json(429, "{\"message\":\"slow down\"}").withRetryAfterSeconds(3600));
        try (Transport t = Transport.create(f.config(server).build())) {
            RateLimitException e = assertThrows(RateLimitException.class, () -> t.execute(get("/things"), JsonNode.class));
            assertEquals(Duration.ofSeconds(3600), e.retryAfter().orElseThrow());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.requestCount());
        assertTrue(f.sleeper.sleeps().isEmpty());
    }

    @Test
    void a503WhoseRetryAfterIsAboveTheCapIsARateLimitExceptionWithTheWait() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}").withRetryAfterSeconds(3600));
        try (Transport t = Transport.create(f.config(server).build())) {
            RateLimitException e = assertThrows(RateLimitException.class, () -> t.execute(get("/things"), JsonNode.class));
            assertEquals(503, e.status());
            assertEquals(1, e.attempts());
            assertEquals(Duration.ofSeconds(3600), e.retryAfter().orElseThrow());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void a503WithoutRetryAfterStillEndsAsAServerException() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            assertThrows(ServerException.class, () -> t.execute(get("/things"), JsonNode.class));
        }
    }

    @Test
    void capIsConfigurable() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.json(429, "{}").withRetryAfterSeconds(90));
        try (Transport t = Transport.create(f.config(server)
                .retryPolicy(Fixtures.exactPolicy().maxRetryAfter(Duration.ofMinutes(2)).build())
                .timeouts(Timeouts.ofDeadline(Duration.ofMinutes(5))).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(List.of(Duration.ofSeconds(90)), f.sleeper.sleeps());
    }

    @Test
    void neverWaitsPastTheDeadline() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}").withRetryAfterSeconds(4));
        try (Transport t = Transport.create(f.config(server).timeouts(Timeouts.ofDeadline(Duration.ofSeconds(10))).build())) {
            // The server said when to come back, later than the deadline allows: a RateLimitException carrying the wait.
            RateLimitException e = assertThrows(RateLimitException.class, () -> t.execute(get("/things"), JsonNode.class));
            assertEquals(3, e.attempts());
            assertEquals(503, e.status());
            assertEquals(Duration.ofSeconds(4), e.retryAfter().orElseThrow());
        }
        // 0 s: attempt 1, wait 4 -> 4 s: attempt 2, wait 4 -> 8 s: attempt 3; another 4 s would end at 12 s > 10 s.
        assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), f.sleeper.sleeps());
        assertEquals(3, server.requestCount());
    }

    @Test
    void perRequestMaxRetriesOverridesTheClient() {
        server.route("GET", "/things", r -> FakeResponse.json(500, "{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiRequest once = get("/things").toBuilder().options(RequestOptions.builder().maxRetries(0).build()).build();
            assertThrows(ServerException.class, () -> t.execute(once, JsonNode.class));
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void doesNotRetryNonRetryableStatuses() {
        server.route("GET", "/a", r -> FakeResponse.json(501, "{}"));
        server.route("GET", "/b", r -> FakeResponse.json(400, "{}"));
        server.route("GET", "/c", r -> FakeResponse.json(409, "{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            assertThrows(ServerException.class, () -> t.execute(get("/a"), JsonNode.class));
            assertThrows(ApiException.class, () -> t.execute(get("/b"), JsonNode.class));
            assertThrows(ApiException.class, () -> t.execute(get("/c"), JsonNode.class));
        }
        assertEquals(3, server.requestCount());
    }

    @Test
    void retriesEachRetryableStatus() {
        okRoute();
        server.faults().statusSequence("GET", "/things", 408, 429, 500, 502, 503, 504);
        try (Transport t = Transport.create(f.config(server)
                .retryPolicy(Fixtures.exactPolicy().maxRetries(6).build()).timeouts(Timeouts.ofDeadline(Duration.ofHours(1))).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(7, server.requestCount());
    }

    @Test
    void retriesAGetWhenTheConnectionDropsBeforeTheResponse() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.disconnectBeforeResponse());
        try (Transport t = Transport.create(f.config(server).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(1, f.sleeper.count());
    }

    @Test
    void retriesAGetWhenTheConnectionDropsMidBody() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.disconnectDuringBody(200, "application/json", "{\"ok\":true,\"pad\":\"" + "x".repeat(5000) + "\"}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            assertTrue(t.execute(get("/things"), JsonNode.class).get("ok").asBoolean());
        }
        assertEquals(1, f.sleeper.count());
    }

    @Test
    void doesNotRetryAPostThatMayHaveReachedTheServer() {
        server.route("POST", "/things", r -> FakeResponse.json("{}"));
        server.faults().next("POST", "/things", FakeResponse.disconnectBeforeResponse());
        try (Transport t = Transport.create(f.config(server).build())) {
            TransportException e = assertThrows(TransportException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.POST, "/things").jsonBody(Map.of()).build(), JsonNode.class));
            assertTrue(e.requestSent());
            assertEquals(1, e.attempts());
        }
        assertTrue(f.sleeper.sleeps().isEmpty());
    }

    @Test
    void retriesAPostThatNeverLeftBecauseTheConnectionWasRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ClientConfig config = ClientConfig.builder("http://127.0.0.1:" + port)
                .clock(f.clock).sleeper(f.sleeper::sleep).retryPolicy(Fixtures.exactPolicy().build()).build();
        try (Transport t = Transport.create(config)) {
            TransportException e = assertThrows(TransportException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.POST, "/things").jsonBody(Map.of()).build(), JsonNode.class));
            assertFalse(e.requestSent());
            assertEquals(4, e.attempts());
        }
        assertEquals(3, f.sleeper.count());
    }

    @Test
    void interruptDuringBackoffStopsTheCallAndKeepsTheFlag() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}"));
        try (Transport t = Transport.create(f.config(server).sleeper(d -> {
            throw new InterruptedException("stop");
        }).build())) {
            TransportException e = assertThrows(TransportException.class, () -> t.execute(get("/things"), JsonNode.class));
            assertTrue(Thread.interrupted(), "the interrupt flag must be restored (and is cleared here)");
            assertTrue(e.getMessage().contains("interrupted"));
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void anInterruptedThreadSendsNothing() {
        okRoute();
        try (Transport t = Transport.create(f.config(server).build())) {
            Thread.currentThread().interrupt();
            assertThrows(TransportException.class, () -> t.execute(get("/things"), JsonNode.class));
            assertTrue(Thread.interrupted());
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void reportsEachRetryToTheListener() {
        okRoute();
        server.faults().next("GET", "/things", FakeResponse.json(503, "{}"), FakeResponse.json(429, "{}").withRetryAfterSeconds(2));
        List<RetryEvent> events = new CopyOnWriteArrayList<>();
        try (Transport t = Transport.create(f.config(server).retryListener(events::add).build())) {
            t.execute(get("/things?api_key=k1"), JsonNode.class);
        }
        assertEquals(2, events.size());
        RetryEvent first = events.get(0);
        assertEquals("GET", first.method());
        assertEquals(1, first.failedAttempt());
        assertEquals(503, first.status());
        assertNull(first.failure());
        assertEquals(Duration.ofMillis(500), first.delay());
        assertEquals(2, events.get(1).failedAttempt());
        assertEquals(Duration.ofSeconds(2), events.get(1).delay());
    }

    @Test
    void aUserSuppliedOkHttpClientStillGetsRetriesAndFiniteTimeouts() {
        okRoute();
        server.faults().statusSequence("GET", "/things", 503);
        okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder()
                .readTimeout(Duration.ZERO) // unbounded: the transport must not inherit it
                .retryOnConnectionFailure(true)
                .build();
        try (Transport t = Transport.create(f.config(server).okHttpClient(mine).credentials(Credentials.bearer("tok-123")).build())) {
            t.execute(get("/things"), JsonNode.class);
        }
        assertEquals(2, server.requestCount());
        assertEquals("Bearer tok-123", server.requests().get(1).header("Authorization"));
        assertFalse(mine.dispatcher().executorService().isShutdown(), "a caller's client is never closed by us");
    }

    @Test
    void theDeadlineAlsoBoundsTheTimeBeforeTheFirstAttempt() {
        okRoute();
        Instant start = f.clock.instant();
        try (Transport t = Transport.create(f.config(server).timeouts(Timeouts.ofDeadline(Duration.ofSeconds(1))).build())) {
            // A rate limiter that needs longer than the deadline refuses before anything is sent.
            Transport limited = t.withConfig(b -> b.rateLimiter(dev.switchboard.core.ratelimit.RateLimiter.of(
                    dev.switchboard.core.ratelimit.RateLimiter.Mode.WAIT, f.clock,
                    List.of(dev.switchboard.core.ratelimit.RateLimiter.Window.of(1, Duration.ofMinutes(1))))));
            limited.execute(get("/things"), JsonNode.class);
            assertThrows(dev.switchboard.core.ClientRateLimitException.class, () -> limited.execute(get("/things"), JsonNode.class));
        }
        assertEquals(1, server.requestCount());
        assertEquals(start, f.clock.instant());
        assertInstanceOf(Instant.class, start);
    }
}
