package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.ServerException;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.suger.FakeSuger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Suger's legacy bearer tokens: one request however many callers, cached, refreshed before expiry. */
class LegacyTokenTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final FakeSuger fake = FakeSuger.builder().clock(clock).events(30).start();

    @AfterEach
    void close() {
        fake.close();
    }

    private Suger legacy(String secret) {
        return Suger.builder().legacyBearerToken(FakeSuger.ORGANIZATION_ID, FakeSuger.API_CLIENT_ID, secret)
                .baseUrl(fake.baseUrl()).clock(clock).sleeper(sleeper::sleep).build();
    }

    @Test
    void theTokenRequestIsExactAndTheTokenIsSentAsBearer() {
        try (Suger suger = legacy(FakeSuger.API_CLIENT_SECRET)) {
            suger.events().list().firstPage();
        }
        FakeRequest token = fake.server().takeRequest();
        assertEquals("POST", token.method());
        assertEquals("/public/apiClient/accessToken", token.target());
        assertNull(token.header("Authorization"), "the token request carries no credentials");
        assertTrue(token.header("Content-Type").startsWith("application/json"), token.header("Content-Type"));
        assertEquals(TestJson.object("organizationID", FakeSuger.ORGANIZATION_ID, "id", FakeSuger.API_CLIENT_ID,
                "secret", FakeSuger.API_CLIENT_SECRET), token.json());
        FakeRequest call = fake.server().takeRequest();
        assertTrue(call.header("Authorization").startsWith("Bearer sgr-tok-1-"), call.header("Authorization"));
    }

    @Test
    void anApiErrorEchoingTheClientSecretDoesNotShowIt() {
        String secret = FakeSuger.API_CLIENT_SECRET;
        fake.server().faults().next("GET", "/org/{orgId}/notificationEvent", dev.switchboard.testkit.FakeResponse.text(400,
                "application/json", "\"bad request for client " + secret + " (" + java.net.URLEncoder.encode(secret,
                        java.nio.charset.StandardCharsets.UTF_8) + ")\""));
        try (Suger suger = legacy(secret)) {
            dev.switchboard.core.ApiException e = assertThrows(dev.switchboard.core.ApiException.class,
                    () -> suger.events().list().firstPage());
            String shown = e + " " + e.error() + " " + e.error().rawBody();
            assertFalse(shown.contains(secret), shown);
            assertTrue(shown.contains("***"), shown);
        }
    }

    @Test
    void fiftyConcurrentCallersMakeOneTokenRequest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try (Suger suger = legacy(FakeSuger.API_CLIENT_SECRET)) {
            CyclicBarrier start = new CyclicBarrier(50);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return suger.events().list().stream().count();
                }));
            }
            for (Future<Long> f : results) {
                assertTrue(f.get(30, TimeUnit.SECONDS) > 0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fake.tokenRequests());
        Set<String> headers = new HashSet<>();
        fake.server().requests().stream().filter(r -> r.method().equals("GET"))
                .forEach(r -> headers.add(r.header("Authorization")));
        assertEquals(1, headers.size(), "every call used the same token: " + headers);
    }

    @Test
    void theTokenIsRefreshedAMinuteBeforeItExpires() {
        try (Suger suger = legacy(FakeSuger.API_CLIENT_SECRET)) {
            suger.events().list().firstPage();
            clock.advance(Duration.ofSeconds(3600 - 61));
            suger.events().list().firstPage();
            assertEquals(1, fake.tokenRequests(), "still valid for more than a minute");
            clock.advance(Duration.ofSeconds(2));
            suger.events().list().firstPage();
            assertEquals(2, fake.tokenRequests(), "within the last minute: fetched again");
        }
        List<String> bearer = fake.server().requests().stream().filter(r -> r.method().equals("GET"))
                .map(r -> r.header("Authorization")).toList();
        assertEquals(bearer.get(0), bearer.get(1));
        assertFalse(bearer.get(1).equals(bearer.get(2)));
    }

    @Test
    void aRejectedTokenIsDroppedSoTheNextCallFetchesANewOne() {
        try (Suger suger = legacy(FakeSuger.API_CLIENT_SECRET)) {
            suger.events().list().firstPage();
            fake.revokeTokens();
            assertThrows(AuthenticationException.class, () -> suger.events().list().firstPage());
            suger.events().list().firstPage();
        }
        assertEquals(2, fake.tokenRequests());
    }

    @Test
    void aWrongSecretFailsWithoutShowingTheSecret() {
        String secret = "the-wrong-secret-123456";
        try (Suger suger = legacy(secret)) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> suger.events().list().firstPage());
            assertEquals("HTTP 401 Unauthorized on POST /public/apiClient/accessToken: invalid API client credentials",
                    e.getMessage());
            assertFalse(e.rawBody().contains(secret));
            assertFalse(suger.toString().contains(secret));
        }
        assertEquals(1, fake.server().requestCount(), "no API call without a token");
    }

    // ---- the token source alone

    @Test
    void concurrentCallersShareTheOneRequestInFlight() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        LegacyTokenSource source = new LegacyTokenSource(clock, () -> {
            fetches.incrementAndGet();
            await(release);
            return new LegacyTokenSource.Grant("tok-" + fetches.get(), Duration.ofHours(1));
        }, "test");
        List<Thread> threads = new ArrayList<>();
        List<String> tokens = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            Thread t = new Thread(() -> tokens.add(source.get()));
            threads.add(t);
            t.start();
        }
        // Deterministic overlap: hold the one fetch until the 49 other callers are all blocked waiting for it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (blocked(threads) < 50 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(50, blocked(threads), "the fetching thread waits on the latch, the other 49 on its result: "
                + threads.stream().map(Thread::getState).toList());
        release.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(1, fetches.get());
        assertEquals(50, tokens.size());
        assertEquals(Set.of("tok-1"), new HashSet<>(tokens));
    }

    @Test
    void aFailedFetchIsNotCachedAndEveryWaiterSeesTheSameFailure() {
        AtomicInteger fetches = new AtomicInteger();
        ServerException down = new ServerException(new dev.switchboard.core.ApiError(503, "POST",
                LegacyTokenSource.TOKEN_PATH, null, null, "down", null, "", false, 1, null));
        LegacyTokenSource source = new LegacyTokenSource(clock, () -> {
            if (fetches.incrementAndGet() == 1) {
                throw down;
            }
            return new LegacyTokenSource.Grant("tok", Duration.ofHours(1));
        }, "test");
        assertSame(down, assertThrows(ServerException.class, source::get));
        assertEquals("tok", source.get());
        assertEquals("tok", source.get());
        assertEquals(2, fetches.get());
    }

    @Test
    void aShortLifetimeIsRefreshedHalfwayAndInvalidateForcesAFetch() {
        AtomicInteger fetches = new AtomicInteger();
        LegacyTokenSource source = new LegacyTokenSource(clock,
                () -> new LegacyTokenSource.Grant("tok-" + fetches.incrementAndGet(), Duration.ofSeconds(90)), "test");
        assertEquals("tok-1", source.get());
        clock.advance(Duration.ofSeconds(44));
        assertEquals("tok-1", source.get());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("tok-2", source.get(), "a 90 s token is refreshed after 45 s");
        source.invalidate();
        assertEquals("tok-3", source.get());
        assertFalse(source.toString().contains("tok-"), source.toString());
    }

    @Test
    void tokenAsyncSharesOneRequestInFlightWithBlockingCallersAndCachesIt() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        CompletableFuture<LegacyTokenSource.Grant> response = new CompletableFuture<>();
        LegacyTokenSource source = new LegacyTokenSource(clock, new LegacyTokenSource.Fetcher() {
            @Override
            public LegacyTokenSource.Grant fetch() {
                throw new AssertionError("the blocking fetch must not run while a request is in flight");
            }

            @Override
            public CompletableFuture<LegacyTokenSource.Grant> fetchAsync() {
                fetches.incrementAndGet();
                return response;
            }
        }, "test");
        CompletableFuture<String> first = source.tokenAsync();
        CompletableFuture<String> second = source.tokenAsync();
        assertFalse(first.isDone(), "nothing blocks: the future waits for the response");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> blocking = pool.submit(source::get);
            response.complete(new LegacyTokenSource.Grant("tok-async", Duration.ofHours(1)));
            assertEquals("tok-async", first.get(5, TimeUnit.SECONDS));
            assertEquals("tok-async", second.get(5, TimeUnit.SECONDS));
            assertEquals("tok-async", blocking.get(5, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals("tok-async", source.tokenAsync().getNow(null), "cached: completed at once");
        assertEquals(1, fetches.get());
    }

    @Test
    void cancellingOneCallersFutureLeavesTheSharedRequestToTheOthers() throws Exception {
        CompletableFuture<LegacyTokenSource.Grant> response = new CompletableFuture<>();
        LegacyTokenSource source = new LegacyTokenSource(clock, new LegacyTokenSource.Fetcher() {
            @Override
            public LegacyTokenSource.Grant fetch() {
                throw new AssertionError("not used");
            }

            @Override
            public CompletableFuture<LegacyTokenSource.Grant> fetchAsync() {
                return response;
            }
        }, "test");
        CompletableFuture<String> cancelled = source.tokenAsync();
        CompletableFuture<String> kept = source.tokenAsync();
        cancelled.cancel(true);
        assertFalse(response.isCancelled());
        response.complete(new LegacyTokenSource.Grant("tok-kept", Duration.ofHours(1)));
        assertEquals("tok-kept", kept.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailedAsyncFetchIsNotCachedAndFailsEveryWaiterWithTheSameException() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        ServerException down = new ServerException(new dev.switchboard.core.ApiError(503, "POST",
                LegacyTokenSource.TOKEN_PATH, null, null, "down", null, "", false, 1, null));
        LegacyTokenSource source = new LegacyTokenSource(clock, new LegacyTokenSource.Fetcher() {
            @Override
            public LegacyTokenSource.Grant fetch() {
                throw new AssertionError("not used");
            }

            @Override
            public CompletableFuture<LegacyTokenSource.Grant> fetchAsync() {
                return fetches.incrementAndGet() == 1 ? CompletableFuture.failedFuture(down)
                        : CompletableFuture.completedFuture(new LegacyTokenSource.Grant("tok-2", Duration.ofHours(1)));
            }
        }, "test");
        ExecutionException e = assertThrows(ExecutionException.class, () -> source.tokenAsync().get(5, TimeUnit.SECONDS));
        assertSame(down, e.getCause());
        assertEquals("tok-2", source.tokenAsync().get(5, TimeUnit.SECONDS));
        assertEquals(2, fetches.get());
    }

    @Test
    void theLifetimeComesFromExpiresInThenExpiresOnThenAnHour() {
        Instant now = clock.instant();
        assertEquals(Duration.ofSeconds(1800), grant("{\"access_token\":\"t\",\"expires_in\":1800}").lifetime());
        assertEquals(Duration.ofSeconds(1800), grant("{\"access_token\":\"t\",\"expires_in\":\"1800\"}").lifetime());
        assertEquals(Duration.ofMinutes(20), grant("{\"access_token\":\"t\",\"expires_on\":\""
                + now.plus(Duration.ofMinutes(20)) + "\"}").lifetime());
        assertEquals(Duration.ofMinutes(20), grant("{\"access_token\":\"t\",\"expires_on\":"
                + now.plus(Duration.ofMinutes(20)).getEpochSecond() + "}").lifetime());
        assertEquals(Duration.ofMinutes(20), grant("{\"access_token\":\"t\",\"expires_on\":\""
                + now.plus(Duration.ofMinutes(20)).getEpochSecond() + "\"}").lifetime());
        assertEquals(Duration.ofHours(1), grant("{\"access_token\":\"t\",\"expires_in\":0,\"expires_on\":\"soon\"}")
                .lifetime());
        assertEquals(Duration.ofHours(1), grant("{\"access_token\":\"t\",\"token_type\":\"Bearer\"}").lifetime());
        assertEquals("t", grant("{\"access_token\":\"t\"}").token());
        assertThrows(DecodeException.class, () -> grant("{\"token_type\":\"Bearer\"}"));
        assertThrows(DecodeException.class, () -> grant("{\"access_token\":\"  \"}"));
        assertThrows(DecodeException.class, () -> grant("{\"access_token\":42}"));
    }

    private LegacyTokenSource.Grant grant(String json) {
        JsonNode body = dev.switchboard.core.json.Json.tree(json.getBytes(), "token");
        return LegacyTokenSource.grant(body, clock.instant());
    }

    private static long blocked(List<Thread> threads) {
        return threads.stream().filter(t -> t.getState() == Thread.State.WAITING
                || t.getState() == Thread.State.TIMED_WAITING).count();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
