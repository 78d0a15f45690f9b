package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.Timeouts;

import dev.switchboard.core.ApiException;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Suger's error bodies (JSON strings or text) become typed exceptions with status and body (SG-4, SG-5). */
class SugerErrorTest {
    private static final String KEY = SugerClientTest.KEY;
    private static final String PATH = "/org/{orgId}/notificationEvent";

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void close() {
        server.close();
    }

    private Suger client() {
        return Suger.builder().apiKey(KEY).organizationId("org-1").baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep).build();
    }

    private ApiException failure(FakeResponse response) {
        server.route("GET", PATH, r -> response);
        try (Suger suger = client()) {
            return assertThrows(ApiException.class, () -> suger.events().list().firstPage());
        }
    }

    @Test
    void aJsonStringBodyIsTheMessage() {
        ApiException e = failure(FakeResponse.json(400, "\"invalid startDate: must be YYYY-MM-DD\""));
        assertInstanceOf(ValidationException.class, e);
        assertEquals(400, e.status());
        assertEquals("invalid startDate: must be YYYY-MM-DD", e.serverMessage().orElseThrow());
        assertEquals("\"invalid startDate: must be YYYY-MM-DD\"", e.rawBody());
        assertEquals("HTTP 400 Bad Request on GET /org/org-1/notificationEvent: invalid startDate: must be YYYY-MM-DD",
                e.getMessage());
        assertEquals(1, e.attempts(), "a 400 is not retried");
    }

    @Test
    void aPlainTextBodyIsTheMessageAfterTheRetriesOfA500() {
        ApiException e = failure(FakeResponse.text(500, "text/plain; charset=utf-8",
                "internal error: pq: connection refused\ngoroutine 1 [running]"));
        assertInstanceOf(ServerException.class, e);
        assertEquals("internal error: pq: connection refused", e.serverMessage().orElseThrow());
        assertTrue(e.rawBody().contains("goroutine 1"), e.rawBody());
        assertEquals(4, e.attempts());
        assertEquals(4, server.requestCount());
        assertEquals(3, sleeper.count(), "the retries waited on the injected sleeper");
        assertTrue(e.getMessage().endsWith("after 4 attempts"), e.getMessage());
    }

    @Test
    void aJsonObjectWithAMessageIsReadToo() {
        ApiException e = failure(FakeResponse.json(404, "{\"message\":\"organization not found\",\"code\":404}"));
        assertInstanceOf(NotFoundException.class, e);
        assertEquals("organization not found", e.serverMessage().orElseThrow());
    }

    @Test
    void anHtmlPageFromAProxyIsDescribedNotQuoted() {
        ApiException e = failure(FakeResponse.html(502,
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
        assertInstanceOf(ServerException.class, e);
        assertEquals("the body is an HTML page, likely from a proxy or gateway (\"502 Bad Gateway\")",
                e.serverMessage().orElseThrow());
        assertFalse(e.getMessage().contains("<html>"), e.getMessage());
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        ApiException e = failure(FakeResponse.status(401));
        assertInstanceOf(AuthenticationException.class, e);
        assertEquals("empty body", e.serverMessage().orElseThrow());
        assertEquals("", e.rawBody());
    }

    @Test
    void aTruncatedJsonErrorBodyIsDescribed() {
        ApiException e = failure(FakeResponse.truncatedJson(400, "{\"message\":\"bad request body\"}", 12));
        assertEquals("the JSON error body is malformed or truncated", e.serverMessage().orElseThrow());
    }

    @Test
    void theKeyIsScrubbedFromAnEchoingErrorBody() {
        ApiException e = failure(FakeResponse.json(401, "\"invalid API key Key " + KEY + "\""));
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(e.rawBody().contains(KEY), e.rawBody());
        assertEquals("invalid API key Key ***", e.serverMessage().orElseThrow());
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonIsADecodeException() {
        server.route("GET", PATH, r -> FakeResponse.json("{\"nextOffset\":null,\"notificationEvents\":{\"not\":\"a list\"}}"));
        try (Suger suger = client()) {
            DecodeException e = assertThrows(DecodeException.class, () -> suger.events().list().firstPage());
            assertFalse(e.getMessage().contains("a list"), "the payload is never quoted: " + e.getMessage());
        }
    }

    @Test
    void everyResponseIsClosedSoOneConnectionServesManyFailuresAndThenASuccess() {
        ConnectionPool pool = new ConnectionPool(1, 5, TimeUnit.MINUTES);
        OkHttpClient http = new OkHttpClient.Builder().connectionPool(pool).build();
        server.route("GET", PATH, r -> FakeResponse.json(Fixture.text("suger/notification-events-page.json")
                .replace("\"nextOffset\": 4", "\"nextOffset\": null")));
        server.route("GET", "/org/{orgId}/notificationMessage/{id}", r -> FakeResponse.json(404, "\"not found\""));
        try (Suger suger = Suger.builder().apiKey(KEY).organizationId("org-1").baseUrl(server.baseUrl())
                .okHttpClient(http).clock(clock).sleeper(sleeper::sleep).build()) {
            for (int i = 0; i < 20; i++) {
                assertThrows(NotFoundException.class, () -> suger.messages().get("missing"));
            }
            server.faults().statusSequence("GET", PATH, 503, 503, 503, 503, 400);
            assertThrows(ServerException.class, () -> suger.events().list().firstPage());
            assertThrows(ValidationException.class, () -> suger.events().list().firstPage());
            assertEquals(4, suger.events().list().stream().count());
            assertEquals(1, pool.connectionCount(), "every call reused the one connection");
            assertEquals(1, pool.idleConnectionCount(), "and gave it back");
        } finally {
            http.dispatcher().executorService().shutdown();
            pool.evictAll();
        }
        assertEquals(20 + 4 + 1 + 1, server.requestCount());
    }

    @Test
    void timeoutsAreFiniteAndConfigurable() {
        server.route("GET", PATH, r -> FakeResponse.json("{\"nextOffset\":null}").withHeadersDelay(Duration.ofMillis(800)));
        try (Suger suger = Suger.builder().apiKey(KEY).organizationId("org-1").baseUrl(server.baseUrl())
                .timeouts(Timeouts.builder().read(Duration.ofMillis(100)).build()).retryPolicy(dev.switchboard.core.retry.RetryPolicy.none()).build()) {
            dev.switchboard.core.TransportException e = assertThrows(dev.switchboard.core.TransportException.class,
                    () -> suger.events().list().firstPage());
            assertTrue(e.timedOut(), e.getMessage());
            assertEquals(Duration.ofMillis(100), suger.transport().config().timeouts().read().orElseThrow());
        }
        try (Suger defaults = client()) {
            assertEquals(Timeouts.defaults(), defaults.transport().config().timeouts());
        }
    }
}
