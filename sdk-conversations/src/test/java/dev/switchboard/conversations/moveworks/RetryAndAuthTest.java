package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate limits, server errors and both kinds of credentials, timed on a manual clock. */
class RetryAndAuthTest {
    private static final String PATH = "/export/v1/records/conversations";

    private final FakeServer server = FakeServer.start();
    private final Harness h = new Harness();
    private final AtomicInteger tokens = new AtomicInteger();

    @BeforeEach
    void routes() {
        server.route("GET", PATH, r -> FakeResponse.json(Harness.page("conversations", null, Harness.conversation("c1", "DM"))));
        server.route("GET", PATH + "/$count", r -> FakeResponse.text(200, "text/plain", "1"));
        server.route("POST", "/oauth/v1/token", r -> FakeResponse.json(
                "{\"access_token\":\"at-" + tokens.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void a429WithoutRetryAfterWaitsExactlySixtySeconds() {
        server.faults().statusSequence("GET", PATH, 429);
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(1, api.conversations().list().stream().count());
        }
        assertEquals(List.of(Duration.ofSeconds(60)), h.sleeper.sleeps());
        assertEquals(2, server.requestCount());
    }

    @Test
    void theRateLimitWaitIsConfigurable() {
        server.faults().statusSequence("GET", PATH, 429, 429);
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY).rateLimitWait(Duration.ofSeconds(90)).build()) {
            api.conversations().list().firstPage();
        }
        assertEquals(List.of(Duration.ofSeconds(90), Duration.ofSeconds(90)), h.sleeper.sleeps());
    }

    @Test
    void aRetryAfterHeaderIsHonoured() {
        server.faults().next("GET", PATH, FakeResponse.json(429, "{}").withRetryAfterSeconds(7));
        try (MoveworksDataApi api = h.withKey(server)) {
            api.conversations().list().firstPage();
        }
        assertEquals(List.of(Duration.ofSeconds(7)), h.sleeper.sleeps());
    }

    @Test
    void aRetryAfterBeyondTheCapEndsTheCallWithTheWait() {
        server.faults().next("GET", PATH, FakeResponse.json(429, "{}").withRetryAfterSeconds(600));
        try (MoveworksDataApi api = h.withKey(server)) {
            RateLimitException e = assertThrows(RateLimitException.class, () -> api.conversations().list().firstPage());
            assertEquals(Duration.ofSeconds(600), e.retryAfter().orElseThrow());
        }
        assertEquals(List.of(), h.sleeper.sleeps());
    }

    @Test
    void aRetryAfterUpToTwoMinutesIsWaitedByDefault() {
        server.faults().next("GET", PATH, FakeResponse.json(429, "{}").withRetryAfterSeconds(120));
        try (MoveworksDataApi api = h.withKey(server)) {
            api.conversations().list().firstPage();
        }
        assertEquals(List.of(Duration.ofSeconds(120)), h.sleeper.sleeps());
    }

    @Test
    void rateLimitWaitsStopAtTheDeadline() {
        server.faults().statusSequence("GET", PATH, 429, 429, 429);
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY).timeouts(Timeouts.ofDeadline(Duration.ofSeconds(90))).build()) {
            assertThrows(RateLimitException.class, () -> api.conversations().list().firstPage());
        }
        assertEquals(List.of(Duration.ofSeconds(60)), h.sleeper.sleeps(), "a second 60 s wait would pass the 90 s deadline");
    }

    @Test
    void serverErrorsBackOffExponentially() {
        server.faults().statusSequence("GET", PATH, 503, 502, 500, 504);
        List<RetryEvent> events = new ArrayList<>();
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY)
                .retryPolicy(RetryPolicy.builder().random(() -> 1.0).baseDelay(Duration.ofSeconds(1)).maxRetries(5).build())
                .retryListener(events::add)
                .build()) {
            api.conversations().list().firstPage();
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)),
                h.sleeper.sleeps());
        assertEquals(List.of(503, 502, 500, 504), events.stream().map(RetryEvent::status).toList());
    }

    @Test
    void theDefaultBackoffIsJitteredBelowOneTwoFourSeconds() {
        server.faults().statusSequence("GET", PATH, 503, 503, 503);
        try (MoveworksDataApi api = h.withKey(server)) {
            api.conversations().list().firstPage();
        }
        List<Duration> sleeps = h.sleeper.sleeps();
        assertEquals(3, sleeps.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(sleeps.get(i).compareTo(Duration.ofSeconds(1L << i)) <= 0, sleeps.toString());
        }
    }

    @Test
    void serverErrorsGiveUpAfterFiveRetries() {
        server.faults().statusSequence("GET", PATH, 500, 500, 500, 500, 500, 500);
        try (MoveworksDataApi api = h.withKey(server)) {
            ServerException e = assertThrows(ServerException.class, () -> api.conversations().list().firstPage());
            assertEquals(500, e.status());
            assertEquals(6, e.attempts());
        }
        assertEquals(5, h.sleeper.count());
        assertTrue(h.sleeper.sleeps().stream().allMatch(d -> d.compareTo(Duration.ofSeconds(16)) <= 0), h.sleeper.sleeps().toString());
    }

    @Test
    void oauthPostsJsonCredentialsOnceAndReusesTheToken() {
        try (MoveworksDataApi api = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET).build()) {
            api.conversations().list().firstPage();
            api.conversations().count();
            api.conversations().list(ODataQuery.dmOnly()).firstPage();
        }
        List<FakeRequest> requests = server.requests();
        assertEquals(4, requests.size());
        FakeRequest token = requests.get(0);
        assertEquals("POST", token.method());
        assertEquals("/oauth/v1/token", token.target());
        assertTrue(token.header("Content-Type").startsWith("application/json"), token.header("Content-Type"));
        assertEquals(TestJson.object("grant_type", "client_credentials", "client_id", Harness.CLIENT_ID,
                "client_secret", Harness.CLIENT_SECRET), token.json());
        assertNull(token.header("Authorization"), "the token request carries no bearer token");
        for (FakeRequest r : requests.subList(1, 4)) {
            assertEquals("Bearer at-1", r.header("Authorization"), r.toString());
        }
        assertEquals(1, tokens.get());
    }

    @Test
    void theTokenIsRefreshedSixtySecondsBeforeItExpires() {
        try (MoveworksDataApi api = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET).build()) {
            api.conversations().count();
            h.clock.advance(Duration.ofSeconds(3600 - 61));
            api.conversations().count();
            h.clock.advance(Duration.ofSeconds(2));
            api.conversations().count();
        }
        assertEquals(2, tokens.get());
        List<String> auth = server.requests().stream().filter(r -> r.method().equals("GET")).map(r -> r.header("Authorization")).toList();
        assertEquals(List.of("Bearer at-1", "Bearer at-1", "Bearer at-2"), auth);
    }

    @Test
    void aRevokedTokenIsReplacedOnce() {
        server.faults().next("GET", PATH, FakeResponse.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"token expired\"}}"));
        try (MoveworksDataApi api = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET).build()) {
            api.conversations().list().firstPage();
        }
        assertEquals(2, tokens.get());
        assertEquals("Bearer at-2", server.requests().get(server.requestCount() - 1).header("Authorization"));
        assertEquals(List.of(), h.sleeper.sleeps());
    }

    @Test
    void aRejectedClientSecretIsAnAuthenticationExceptionWithoutTheSecret() {
        server.faults().next("POST", "/oauth/v1/token", FakeResponse.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + Harness.CLIENT_SECRET + "\"}"));
        try (MoveworksDataApi api = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET).build()) {
            AuthenticationException e = assertThrows(AuthenticationException.class, () -> api.conversations().count());
            assertFalse(e.getMessage().contains(Harness.CLIENT_SECRET), e.getMessage());
            assertFalse(e.rawBody().contains(Harness.CLIENT_SECRET), e.rawBody());
            assertTrue(e.getMessage().contains("/oauth/v1/token"), e.getMessage());
        }
        assertEquals(1, server.requestCount(), "no data request without a token");
    }

    @Test
    void aRateLimitedTokenRequestWaitsOnTheInjectedScheduler() {
        server.faults().next("POST", "/oauth/v1/token", FakeResponse.json(429, "{\"error\":\"slow_down\"}"));
        List<Duration> scheduled = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (MoveworksDataApi api = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET)
                .scheduler((delay, task) -> {
                    scheduled.add(delay);
                    h.clock.advance(delay);
                    task.run();
                })
                .build()) {
            assertEquals(1, api.conversations().count());
        }
        assertEquals(List.of(Duration.ofSeconds(60)), scheduled.stream().filter(d -> !d.isZero()).toList(),
                "the token request is asynchronous: its 429 wait goes to the scheduler");
        assertEquals(List.of(), h.sleeper.sleeps());
        assertEquals(1, tokens.get());
        assertEquals(2, server.requests().stream().filter(r -> r.method().equals("POST")).count(), "a 429, then a token");
    }

    @Test
    void theTokenUrlFollowsTheRootOrItsOverride() {
        server.route("POST", "/custom/token", r -> FakeResponse.json("{\"access_token\":\"custom-1\",\"expires_in\":3600}"));
        server.route("POST", "/proxy/oauth/v1/token", r -> FakeResponse.json("{\"access_token\":\"proxied-1\",\"expires_in\":3600}"));
        server.route("GET", "/proxy" + PATH + "/$count", r -> FakeResponse.text(200, "text/plain", "3"));
        try (MoveworksDataApi custom = h.builder(server).clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET)
                .tokenUrl(server.url("/custom/token")).build();
                MoveworksDataApi proxied = h.builder(server).baseUrl(server.url("/proxy"))
                        .clientCredentials(Harness.CLIENT_ID, Harness.CLIENT_SECRET).build()) {
            custom.conversations().count();
            assertEquals(3, proxied.conversations().count());
        }
        List<String> targets = server.requests().stream().map(r -> r.method() + " " + r.target() + " " + r.header("Authorization")).toList();
        assertEquals(List.of("POST /custom/token null", "GET " + PATH + "/$count Bearer custom-1",
                "POST /proxy/oauth/v1/token null", "GET /proxy" + PATH + "/$count Bearer proxied-1"), targets);
    }
}
