package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ErrorDetail;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntercomConnectionTest {
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(NOW);
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void close() {
        server.close();
    }

    private IntercomConnection connect() {
        return IntercomConnection.builder().accessToken("ic-token-1").baseUrl(server.baseUrl()).clock(clock).sleeper(sleeper::sleep)
                .retryPolicy(RetryPolicy.builder().random(() -> 1.0).build()).build();
    }

    private static ApiRequest get(String path) {
        return ApiRequest.builder(HttpMethod.GET, path).build();
    }

    @Test
    void sendsTheTokenAndVersionAndPerRequestVersionOverrides() {
        server.route("GET", "/me", r -> FakeResponse.json("{\"type\":\"admin\"}"));
        try (IntercomConnection c = connect()) {
            c.transport().execute(get("/me"), JsonNode.class);
            c.transport().execute(ApiRequest.builder(HttpMethod.GET, "/me").options(IntercomConnection.version("2.13")).build(), JsonNode.class);
            assertEquals("2.14", c.defaultVersion());
        }
        FakeRequest first = server.takeRequest();
        assertEquals("Bearer ic-token-1", first.header("Authorization"));
        assertEquals("2.14", first.header("Intercom-Version"));
        assertTrue(first.header("User-Agent").endsWith(" intercom"));
        assertEquals("2.13", server.takeRequest().header("Intercom-Version"));
    }

    @Test
    void regionsHaveTheirHosts() {
        assertEquals("https://api.intercom.io", IntercomRegion.US.baseUrl());
        assertEquals("https://api.eu.intercom.io", IntercomRegion.EU.baseUrl());
        assertEquals("https://api.au.intercom.io", IntercomRegion.AU.baseUrl());
        try (IntercomConnection c = IntercomConnection.builder().accessToken("t0k3n").region(IntercomRegion.AU).build()) {
            assertEquals("https://api.au.intercom.io", c.baseUrl());
            assertFalse(c.toString().contains("t0k3n"));
        }
    }

    @Test
    void requiresATokenAndAValidVersion() {
        assertEquals("an Intercom access token is required: call accessToken(...) (or fromEnv() with INTERCOM_TOKEN)",
                assertThrows(IllegalStateException.class, () -> IntercomConnection.builder().build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> IntercomConnection.builder().version(" "));
        assertThrows(IllegalArgumentException.class, () -> IntercomConnection.version(""));
    }

    @Test
    void mapsIntercomErrorBodies() {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json(404, "{\"type\":\"error.list\",\"request_id\":\"req-77\","
                + "\"errors\":[{\"code\":\"ticket_not_found\",\"message\":\"Ticket not found\"}]}"));
        try (IntercomConnection c = connect()) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> c.transport().execute(get("/tickets/9"), JsonNode.class));
            assertEquals("req-77", e.requestId().orElseThrow());
            assertEquals(List.of(new ErrorDetail("ticket_not_found", "Ticket not found", null)), e.details());
        }
    }

    @Test
    void exposesTheLatestRateLimitHeadersAndWaitsForTheResetOn429() {
        long reset = NOW.getEpochSecond() + 8;
        server.route("GET", "/me", r -> FakeResponse.json("{}").withHeader("X-RateLimit-Limit", "167")
                .withHeader("X-RateLimit-Remaining", "12").withRateLimitReset(reset));
        server.faults().next("GET", "/me", FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\","
                + "\"message\":\"Exceeded rate limit of 167 in 10_seconds\"}]}").withHeader("X-RateLimit-Limit", "167")
                .withHeader("X-RateLimit-Remaining", "0").withRateLimitReset(reset));
        try (IntercomConnection c = connect()) {
            assertFalse(c.rateLimit().isPresent());
            c.transport().execute(get("/me"), JsonNode.class);
            assertEquals(12, c.rateLimit().remaining().getAsLong());
            assertEquals(167, c.rateLimit().limit().getAsLong());
            assertEquals(Instant.ofEpochSecond(reset), c.rateLimit().reset().orElseThrow());
        }
        assertEquals(List.of(Duration.ofSeconds(8)), sleeper.sleeps());
    }

    @Test
    void aRateLimitedPostWaitsAndRetriesBecauseIntercomRefusedItUnprocessed() {
        server.route("POST", "/messages", r -> FakeResponse.json("{\"type\":\"admin_message\",\"id\":\"1\"}"));
        server.route("POST", "/fail", r -> FakeResponse.json(503, "{}"));
        server.faults().next("POST", "/messages", FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\"}]}")
                .withRateLimitReset(NOW.getEpochSecond() + 3));
        try (IntercomConnection c = IntercomConnection.builder().accessToken("t0k3n").baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep).build()) {
            c.transport().execute(ApiRequest.builder(HttpMethod.POST, "/messages").jsonBody(java.util.Map.of("body", "hi")).build(), JsonNode.class);
            assertThrows(dev.switchboard.core.ServerException.class,
                    () -> c.transport().execute(ApiRequest.builder(HttpMethod.POST, "/fail").jsonBody(java.util.Map.of()).build(), JsonNode.class));
        }
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps());
        assertEquals(3, server.requestCount(), "429 retried once; the 503 to a POST is not retried");
    }

    @Test
    void a429ThatOutlastsTheCapCarriesTheRateLimitHeaders() {
        long reset = NOW.getEpochSecond() + 3600;
        server.route("GET", "/me", r -> FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\"}]}")
                .withHeader("X-RateLimit-Limit", "167").withHeader("X-RateLimit-Remaining", "0").withRateLimitReset(reset));
        try (IntercomConnection c = connect()) {
            RateLimitException e = assertThrows(RateLimitException.class, () -> c.transport().execute(get("/me"), JsonNode.class));
            assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
            assertEquals(0, e.rateLimit().remaining().getAsLong());
            assertEquals("rate_limit_exceeded", e.details().get(0).code());
        }
        assertEquals(1, server.requestCount());
    }
}
