package dev.switchboard.testkit.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeAloochatTest {
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    private final ManualClock clock = ManualClock.at(Instant.parse("2024-01-10T12:00:00Z"));
    private final FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(230).start();

    @AfterEach
    void close() {
        fake.close();
    }

    record Result(int status, String retryAfter, JsonNode json) {
    }

    private Result call(FakeAloochat server, String method, String pathAndQuery, String header, String json)
            throws IOException {
        Request.Builder b = new Request.Builder().url(server.baseUrl() + pathAndQuery)
                .method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
        if (header != null) {
            b.header(header, server.apiKey());
        }
        try (Response r = HTTP.newCall(b.build()).execute()) {
            String body = r.body().string();
            return new Result(r.code(), r.header("Retry-After"), body.isEmpty() ? null : TestJson.parse(body));
        }
    }

    private Result get(String pathAndQuery) throws IOException {
        return call(fake, "GET", "/team-notifications" + pathAndQuery, "x-api-key", null);
    }

    private Result patch(String id, String user, String body) throws IOException {
        return call(fake, "PATCH", "/team-notifications/" + id + "/users/" + user + "/status", "x-api-key", body);
    }

    @Test
    void theKeyIsRequiredAndErrorsHaveTheDocumentedBody() throws IOException {
        Result r = call(fake, "GET", "/team-notifications", null, null);
        assertEquals(401, r.status());
        assertEquals(TestJson.object("error", "Unauthorized", "message", "Invalid or missing API key", "statusCode", 401,
                "timestamp", "2024-01-10T12:00:00Z", "path", "/team-notifications"), r.json());
        Result invalid = get("?notification_type=bogus");
        assertEquals(400, invalid.status());
        assertEquals("ValidationError", invalid.json().path("error").asText());
        assertEquals("Invalid notification_type parameter", invalid.json().path("message").asText());
        assertEquals(400, get("?limit=101").status());
        assertEquals("limit must not be greater than 100", get("?limit=101").json().path("message").asText());
        assertEquals(400, get("?start_date=yesterday").status());
        assertEquals(404, get("/00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    void theHeaderNameAndBasePathAreConfigurable() throws IOException {
        try (FakeAloochat other = FakeAloochat.builder().apiKeyHeader("x-api-token")
                .basePath("/api/public/team-notifications").notifications(3).start()) {
            assertEquals(200, call(other, "GET", "/api/public/team-notifications", "x-api-token", null).status());
            assertEquals(401, call(other, "GET", "/api/public/team-notifications", "x-api-key", null).status());
            assertEquals(404, call(other, "GET", "/team-notifications", "x-api-token", null).status());
        }
    }

    @Test
    void listPagesWithSkipLimitTotalNewestFirst() throws IOException {
        JsonNode first = get("").json();
        assertEquals(230, first.path("total").asInt());
        assertEquals(0, first.path("skip").asInt());
        assertEquals(50, first.path("limit").asInt(), "the documented default");
        assertEquals(50, first.path("data").size());
        JsonNode last = get("?skip=200&limit=100").json();
        assertEquals(30, last.path("data").size());
        Instant previous = Instant.MAX;
        for (JsonNode n : get("?limit=100").json().path("data")) {
            Instant created = Instant.parse(n.path("created_at").asText());
            assertTrue(created.isBefore(previous));
            previous = created;
        }
    }

    @Test
    void filtersApply() throws IOException {
        String agent = FakeAloochat.agentId(1);
        JsonNode emails = get("?notification_type=email_sent&agent_id=" + agent + "&limit=100").json();
        assertTrue(emails.path("total").asInt() > 0);
        for (JsonNode n : emails.path("data")) {
            assertEquals("email_sent", n.path("notification_type").asText());
            assertEquals(agent, n.path("metadata").path("agent_id").asText());
        }
        JsonNode urgentUnread = get("?priority=urgent&status=unread&limit=100").json();
        urgentUnread.path("data").forEach(n -> {
            assertEquals("urgent", n.path("priority").asText());
            assertEquals("unread", n.path("status").asText());
        });
        JsonNode window = get("?start_date=2024-01-10T00:00:00Z&end_date=2024-01-10T06:00:00Z").json();
        assertEquals(6, window.path("total").asInt());
        JsonNode system = get("?notification_type=system&limit=1").json().path("data").get(0);
        assertTrue(system.path("sender").isNull() && system.path("sender_id").isNull());
        JsonNode sender = get("?sender_id=" + FakeAloochat.agentId(3) + "&limit=100").json();
        sender.path("data").forEach(n -> assertEquals(FakeAloochat.agentId(3), n.path("sender_id").asText()));
        String query = get("?limit=1").json().path("data").get(0).path("metadata").path("query_id").asText();
        assertEquals(1, get("?query_id=" + query).json().path("total").asInt());
    }

    @Test
    void patchChangesTheUsersStatusAndTheStatistics() throws IOException {
        String user = FakeAloochat.userId(2);
        JsonNode unread = get("/users/" + user + "?status=unread&limit=100").json();
        assertTrue(unread.path("total").asInt() > 0);
        String id = unread.path("data").get(0).path("id").asText();
        JsonNode before = get("/stats?user_id=" + user).json();

        clock.advance(Duration.ofMinutes(5));
        Result updated = patch(id, user, "{\"status\":\"read\"}");
        assertEquals(200, updated.status());
        assertEquals("read", updated.json().path("status").asText());
        assertEquals("2024-01-10T12:05:00Z", updated.json().path("read_at").asText());
        assertEquals(user, updated.json().path("user").path("id").asText());
        assertEquals("read", fake.recipientStatus(id, user));

        JsonNode after = get("/stats?user_id=" + user).json();
        assertEquals(before.path("unread_count").asInt() - 1, after.path("unread_count").asInt());
        assertEquals(before.path("read_count").asInt() + 1, after.path("read_count").asInt());
        assertEquals(unread.path("total").asInt() - 1, get("/users/" + user + "?status=unread").json().path("total").asInt());

        assertEquals(200, patch(id, user, "{\"status\":\"archived\"}").status());
        assertEquals("2024-01-10T12:05:00Z", get("/" + id).json().path("recipients").findValue("read_at").asText());
        Result unreadAgain = patch(id, user, "{\"status\":\"unread\"}");
        assertTrue(unreadAgain.json().path("read_at").isNull());

        assertEquals(400, patch(id, user, "{\"status\":\"done\"}").status());
        assertEquals(400, patch(id, user, "not json").status());
        assertEquals(404, patch(id, "not-a-recipient", "{\"status\":\"read\"}").status());
        assertEquals(404, patch("missing", user, "{\"status\":\"read\"}").status());
    }

    @Test
    void statisticsCountByStatusTypeAndPriority() throws IOException {
        JsonNode s = get("/stats").json();
        assertEquals(230, s.path("total_notifications").asInt());
        assertEquals(230, s.path("unread_count").asInt() + s.path("read_count").asInt() + s.path("archived_count").asInt());
        int byType = 0;
        for (JsonNode v : s.path("by_type")) {
            byType += v.asInt();
        }
        assertEquals(230, byType);
        assertTrue(s.path("by_type").has(AloochatSeed.NEW_TYPE));
        assertTrue(s.path("by_priority").has(AloochatSeed.NEW_PRIORITY));
        JsonNode nobody = get("/stats?user_id=nobody").json();
        assertEquals(0, nobody.path("total_notifications").asInt());
        JsonNode window = get("/stats?start_date=2024-01-10T00:00:00Z").json();
        assertEquals(12, window.path("total_notifications").asInt());
    }

    @Test
    void rateLimitNextAnswers429WithAndWithoutRetryAfter() throws IOException {
        fake.rateLimitNext(1, 30L);
        fake.rateLimitNext(1, null);
        Result first = get("/stats");
        assertEquals(429, first.status());
        assertEquals("30", first.retryAfter());
        assertEquals("TooManyRequests", first.json().path("error").asText());
        assertEquals(429, first.json().path("statusCode").asInt());
        Result second = get("/stats");
        assertEquals(429, second.status());
        assertNull(second.retryAfter());
        assertEquals(200, get("/stats").status());
        assertEquals(0, fake.faults().pending());
    }

    @Test
    void notificationsAreServedWithTheirRecipientsStatus() {
        JsonNode n = fake.notifications().get(0);
        assertFalse(n.path("recipients").isEmpty());
        assertEquals(n, fake.notification(n.path("id").asText()));
        assertNull(fake.notification("missing"));
        assertNull(fake.recipientStatus("missing", FakeAloochat.userId(1)));
        fake.addNotification(TestJson.object("id", "added", "notification_type", "system", "priority", "low",
                "status", "read", "created_at", "2024-01-10T11:59:59Z", "recipients", java.util.List.of()));
        assertEquals("added", fake.notifications().get(0).path("id").asText());
        assertEquals("read", fake.notification("added").path("status").asText());
    }
}
