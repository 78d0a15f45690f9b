package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.ClientConfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();
    private final List<String> scheduledOn = new CopyOnWriteArrayList<>();
    /** Records each delay and runs the task at once on a separate thread (time is simulated). */
    private final Scheduler scheduler = (delay, task) -> {
        scheduled.add(delay);
        scheduledOn.add(Thread.currentThread().getName());
        executor.execute(task);
    };

    @AfterEach
    void close() {
        server.close();
        executor.shutdownNow();
    }

    private Transport transport() {
        return Transport.create(f.config(server).scheduler(scheduler).sleeper(d -> {
            throw new AssertionError("an asynchronous call must never sleep");
        }).build());
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void completesWithTheDecodedBody() throws Exception {
        server.route("GET", "/x", r -> FakeResponse.json("{\"v\":42}"));
        try (Transport t = transport()) {
            assertEquals(42, await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class)).get("v").asInt());
        }
    }

    @Test
    void schedulesRetriesInsteadOfSleeping() throws Exception {
        server.route("GET", "/x", r -> FakeResponse.json("{\"v\":1}"));
        server.faults().next("GET", "/x", FakeResponse.json(503, "{}"), FakeResponse.json(429, "{}").withRetryAfterSeconds(3));
        try (Transport t = transport()) {
            assertEquals(1, await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class)).get("v").asInt());
        }
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(3)), scheduled);
        assertEquals(3, server.requestCount());
        assertTrue(scheduledOn.stream().allMatch(n -> n.contains("OkHttp")), "retries are scheduled from the dispatcher, not slept there: " + scheduledOn);
    }

    @Test
    void failsWithTheTypedExceptionUnwrapped() {
        try (Transport t = transport()) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/missing").build(), JsonNode.class)));
            assertInstanceOf(NotFoundException.class, e.getCause());
        }
    }

    @Test
    void spendsExactlyTheBudgetThenFails() {
        server.route("GET", "/x", r -> FakeResponse.json(500, "{}"));
        try (Transport t = transport()) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class)));
            assertEquals(4, ((ServerException) e.getCause()).attempts());
            ExecutionException again = assertThrows(ExecutionException.class,
                    () -> await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class)));
            assertEquals(4, ((ServerException) again.getCause()).attempts());
        }
        assertEquals(8, server.requestCount());
    }

    @Test
    void cancellingTheFutureCancelsTheCall() throws Exception {
        server.route("GET", "/slow", r -> FakeResponse.json("{}").withHeadersDelay(Duration.ofSeconds(5)));
        try (Transport t = transport()) {
            CompletableFuture<JsonNode> call = t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/slow").build(), JsonNode.class);
            server.takeRequest();
            assertTrue(call.cancel(true));
            assertTrue(call.isCancelled());
        }
    }

    @Test
    void invalidRequestsFailTheFutureNotTheCaller() {
        try (Transport t = transport()) {
            CompletableFuture<JsonNode> f = t.executeAsync(ApiRequest.absolute(HttpMethod.GET, "http://[bad").build(), JsonNode.class);
            assertTrue(f.isCompletedExceptionally());
        }
    }

    @Test
    void connectionFailuresAreTransportExceptions() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Transport t = Transport.create(ClientConfig.builder("http://127.0.0.1:" + port).scheduler(scheduler)
                .retryPolicy(Fixtures.exactPolicy().maxRetries(1).build()).build())) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class)));
            TransportException te = assertInstanceOf(TransportException.class, e.getCause());
            assertEquals(2, te.attempts());
        }
    }

    @Test
    void fetchesOAuthTokensWithoutBlocking() throws Exception {
        server.route("POST", "/token", r -> FakeResponse.json("{\"access_token\":\"async-at\",\"expires_in\":60}"));
        server.route("GET", "/x", r -> FakeResponse.json("{\"auth\":\"" + r.header("Authorization") + "\"}"));
        try (Transport t = Transport.create(f.config(server).scheduler(scheduler)
                .credentials(Credentials.oauth2(OAuth2ClientCredentials.json(server.url("/token"), "id", "secret-x"))).build())) {
            assertEquals("Bearer async-at", await(t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class))
                    .get("auth").asText());
        }
    }
}
