package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Timeouts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ClientRateLimitException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void defaultsAreFinite() {
        ClientConfig c = ClientConfig.builder("https://api.test").build();
        assertEquals(Timeouts.defaults(), c.timeouts());
        assertEquals(Duration.ofSeconds(10), c.timeouts().connect().orElseThrow());
        assertEquals(Duration.ofSeconds(30), c.timeouts().read().orElseThrow());
        assertEquals(Duration.ofSeconds(30), c.timeouts().write().orElseThrow());
        assertEquals(Duration.ofSeconds(60), c.timeouts().attempt().orElseThrow());
        assertEquals(Duration.ofMinutes(2), c.timeouts().deadline().orElseThrow());
    }

    @Test
    void aPerRequestReadTimeoutEndsASlowResponse() {
        server.route("GET", "/slow", r -> FakeResponse.json("{}").withHeadersDelay(Duration.ofSeconds(3)));
        try (Transport t = Transport.create(f.config(server).retryPolicy(RetryPolicy.none()).build())) {
            ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/slow")
                    .options(RequestOptions.builder().timeouts(Timeouts.builder().read(Duration.ofMillis(100)).build()).build()).build();
            TransportException e = assertThrows(TransportException.class, () -> t.execute(r, JsonNode.class));
            assertTrue(e.timedOut());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
    }

    @Test
    void anAttemptTimeoutBoundsTheWholeAttempt() {
        server.route("GET", "/slow", r -> FakeResponse.slowBody(200, "application/json", "{\"a\":\"" + "x".repeat(200) + "\"}", 10,
                Duration.ofMillis(50)));
        try (Transport t = Transport.create(f.config(server).retryPolicy(RetryPolicy.none()).timeouts(Timeouts.builder().attempt(Duration.ofMillis(150)).build()).build())) {
            TransportException e = assertThrows(TransportException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/slow").build(), JsonNode.class));
            assertTrue(e.timedOut());
        }
    }

    @Test
    void anOpenedDownloadIsBoundedByTheReadTimeoutNotTheAttemptTimeout() throws Exception {
        String body = "x".repeat(300);
        server.route("GET", "/file", r -> FakeResponse.slowBody(200, "application/octet-stream", body, 100, Duration.ofMillis(100)));
        try (Transport t = Transport.create(f.config(server).retryPolicy(RetryPolicy.none()).timeouts(Timeouts.builder().attempt(Duration.ofMillis(120)).build()).build());
                HttpResponse resp = t.open(ApiRequest.builder(HttpMethod.GET, "/file").build())) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            assertEquals(300, resp.transferTo(out), "about 300 ms of streaming outlives the 120 ms attempt timeout");
            assertEquals(body, out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDeadlineBoundsAnOpenedCallWhileWaitingForHeaders() {
        server.route("GET", "/file", r -> FakeResponse.bytes(200, "application/octet-stream", new byte[10])
                .withHeadersDelay(Duration.ofSeconds(20)));
        try (Transport t = Transport.create(f.config(server).retryPolicy(RetryPolicy.none()).timeouts(Timeouts.ofDeadline(Duration.ofMillis(700)))
                .timeouts(Timeouts.builder().read(Duration.ofSeconds(30)).build()).build())) {
            long start = System.nanoTime();
            TransportException e = assertThrows(TransportException.class, () -> t.open(ApiRequest.builder(HttpMethod.GET, "/file").build()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.timedOut());
            assertTrue(millis < 3000, "a 700 ms deadline ended after " + millis + " ms");
        }
    }

    @Test
    void theDeadlineBoundsReadingAnOpenedBody() throws Exception {
        server.route("GET", "/file", r -> FakeResponse.slowBody(200, "application/octet-stream", "x".repeat(100), 1,
                Duration.ofMillis(200)));
        try (Transport t = Transport.create(f.config(server).retryPolicy(RetryPolicy.none()).timeouts(Timeouts.ofDeadline(Duration.ofMillis(700)))
                .timeouts(Timeouts.builder().read(Duration.ofSeconds(30)).build()).build());
                HttpResponse resp = t.open(ApiRequest.builder(HttpMethod.GET, "/file").build())) {
            long start = System.nanoTime();
            TransportException e = assertThrows(TransportException.class, () -> resp.transferTo(java.io.OutputStream.nullOutputStream()));
            assertTrue(e.timedOut(), e.getMessage());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "a 700 ms deadline let the body stream for " + millis + " ms");
        }
    }

    @Test
    void failFastLimiterRefusesWithoutSending() {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        RateLimiter limiter = RateLimiter.of(RateLimiter.Mode.FAIL_FAST, f.clock, List.of(RateLimiter.Window.of(1, Duration.ofMinutes(1))));
        try (Transport t = Transport.create(f.config(server).rateLimiter(limiter).build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build());
            ClientRateLimitException e = assertThrows(ClientRateLimitException.class, () -> t.send(ApiRequest.builder(HttpMethod.GET, "/x").build()));
            assertEquals(Duration.ofMinutes(1), e.waitTime());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void waitingLimiterSleepsForAPermitAndKeepsBothWindows() {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        RateLimiter limiter = RateLimiter.of(RateLimiter.Mode.WAIT, f.clock,
                List.of(RateLimiter.Window.of(2, Duration.ofMinutes(1)), RateLimiter.Window.of(3, Duration.ofHours(1))));
        try (Transport t = Transport.create(f.config(server).rateLimiter(limiter).timeouts(Timeouts.ofDeadline(Duration.ofHours(2))).build())) {
            Transport derived = t.withConfig(b -> b.defaultHeader("X-Derived", "1"));
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build());
            derived.send(ApiRequest.builder(HttpMethod.GET, "/x").build());
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build()); // minute window: one permit per 30 s
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build()); // hour window: one permit per 20 min
        }
        // Minute window (2): the 3rd waits until the first grant is a minute old. Hour window (3): the 4th waits until
        // T0 + 1 h, i.e. 59 minutes after the 3rd.
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(59)), f.sleeper.sleeps());
        assertEquals(4, server.requestCount());
    }
}
