package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry policy is the only thing that ever sends a request again: OkHttp's own follow-ups (a 503 with
 * {@code Retry-After: 0}, a 408, a 421, an authenticator on a caller's client) never re-send underneath it.
 */
class OnlyOurRetriesTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    private static ApiRequest post() {
        return post("/replies");
    }

    private static ApiRequest post(String path) {
        return ApiRequest.builder(HttpMethod.POST, path).jsonBody(java.util.Map.of("body", "hi")).build();
    }

    @Test
    void aPostAnswered503WithRetryAfterZeroIsSentOnce() {
        server.route("POST", "/replies", r -> FakeResponse.json(503, "{}").withHeader("Retry-After", "0"));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiException e = assertThrows(ApiException.class, () -> t.execute(post(), JsonNode.class));
            assertEquals(503, e.status());
            assertEquals(1, e.attempts());
        }
        assertEquals(1, server.requestCount(), "a non-idempotent request must never be sent twice");
    }

    @Test
    void aGetAnswered503WithRetryAfterZeroIsSentExactlyAsOftenAsThePolicySays() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}").withHeader("Retry-After", "0"));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiException e = assertThrows(ApiException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/things").build(), JsonNode.class));
            assertEquals(4, e.attempts());
        }
        assertEquals(4, server.requestCount(), "maxRetries 3: four attempts, not eight");
    }

    @Test
    void theRetryAfterHeaderStillReachesThePolicyAndTheError() {
        server.route("GET", "/things", r -> FakeResponse.json(503, "{}").withHeader("Retry-After", "0"));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiException e = assertThrows(ApiException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/things").build(), JsonNode.class));
            assertEquals(503, e.status());
            assertEquals(List.of("0"), e.error().headers().all("Retry-After"));
        }
    }

    @Test
    void statusesOkHttpWouldFollowUpAreSentOnceEach() {
        for (int status : new int[] {408, 421, 401, 503}) {
            server.route("POST", "/replies/" + status, r -> FakeResponse.json(status, "{}").withHeader("Retry-After", "0"));
            int before = server.requestCount();
            okhttp3.OkHttpClient callers = new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(true)
                    .authenticator((route, response) -> response.request().newBuilder().header("Authorization", "again").build())
                    .build();
            try (Transport t = Transport.create(f.config(server).okHttpClient(callers).build())) {
                ApiException e = assertThrows(ApiException.class, () -> t.execute(post("/replies/" + status), JsonNode.class));
                assertEquals(status, e.status());
            }
            assertEquals(1, server.requestCount() - before, "status " + status + " re-sent underneath the policy");
        }
    }
}
