package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The exact requests of the AlooChat client. */
class AlooChatClientTest {
    static final String KEY = "alc_live_9f8e7d6c5b4a3210";
    private static final String N1 = "123e4567-e89b-12d3-a456-426614174000";
    private static final String U1 = "123e4567-e89b-12d3-a456-426614174004";

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void close() {
        server.close();
    }

    private AlooChat client() {
        return AlooChat.builder().apiKey(KEY).baseUrl(server.baseUrl()).clock(clock).sleeper(sleeper::sleep).build();
    }

    private void emptyList(String path) {
        server.route("GET", path, r -> FakeResponse.json("{\"data\":[],\"total\":0,\"skip\":0,\"limit\":100}"));
    }

    @Test
    void listSendsTheKeyAndEveryFilterExactly() {
        emptyList("/team-notifications");
        NotificationFilter filter = NotificationFilter.builder()
                .notificationType(NotificationType.EMAIL_SENT)
                .agentId("agent-1")
                .queryId("q 1")
                .priority(NotificationPriority.URGENT)
                .status(NotificationStatus.UNREAD)
                .senderId("user-9")
                .startDate(Instant.parse("2024-01-01T00:00:00Z"))
                .endDate(Instant.parse("2024-01-10T10:30:00.250Z"))
                .limit(25)
                .build();
        try (AlooChat aloochat = client()) {
            aloochat.notifications().list(filter).firstPage();
        }
        FakeRequest r = server.takeRequest();
        assertEquals("GET", r.method());
        assertEquals("/team-notifications?notification_type=email_sent&agent_id=agent-1&query_id=q%201&priority=urgent"
                + "&status=unread&sender_id=user-9&start_date=2024-01-01T00%3A00%3A00Z"
                + "&end_date=2024-01-10T10%3A30%3A00.250Z&limit=25", r.target());
        assertEquals("2024-01-01T00:00:00Z", r.query("start_date"));
        assertEquals(KEY, r.header("x-api-key"));
        assertNull(r.header("Authorization"));
        assertTrue(r.header("User-Agent").contains("aloochat"), r.header("User-Agent"));
    }

    @Test
    void anUnfilteredListAsksForTheLargestPage() {
        emptyList("/team-notifications");
        try (AlooChat aloochat = client()) {
            aloochat.notifications().list().firstPage();
        }
        assertEquals("/team-notifications?limit=100", server.takeRequest().target());
    }

    @Test
    void pagingFollowsSkipUntilTheTotal() {
        server.route("GET", "/team-notifications", r -> {
            int skip = r.query("skip") == null ? 0 : Integer.parseInt(r.query("skip"));
            int limit = Integer.parseInt(r.query("limit"));
            List<Object> data = new ArrayList<>();
            for (int i = skip; i < Math.min(skip + limit, 7); i++) {
                data.add(TestJson.object("id", "n" + i));
            }
            return FakeResponse.json(TestJson.object("data", data, "total", 7, "skip", skip, "limit", limit));
        });
        try (AlooChat aloochat = client()) {
            List<String> ids = aloochat.notifications().list(NotificationFilter.builder().limit(3).build()).stream()
                    .map(TeamNotification::id).toList();
            assertEquals(List.of("n0", "n1", "n2", "n3", "n4", "n5", "n6"), ids);
            Page<TeamNotification> first = aloochat.notifications().list(NotificationFilter.builder().limit(3).build())
                    .firstPage();
            assertEquals(7L, first.metaLong(TeamNotificationsClient.TOTAL).orElseThrow());
        }
        List<String> targets = server.requests().stream().map(FakeRequest::target).toList();
        assertEquals(List.of("/team-notifications?limit=3", "/team-notifications?limit=3&skip=3",
                "/team-notifications?limit=3&skip=6", "/team-notifications?limit=3"), targets);
    }

    @Test
    void getFetchesOneNotificationWrappedOrNot() {
        String one = Fixture.tree("aloochat/team-notifications-page.json").path("data").get(0).toString();
        server.route("GET", "/team-notifications/{id}", r -> FakeResponse.json(r.pathParam("id").equals("wrapped")
                ? "{\"data\":" + one + "}" : one));
        try (AlooChat aloochat = client()) {
            TeamNotification n = aloochat.notifications().get(N1);
            assertEquals(N1, n.id());
            assertEquals(n, aloochat.notifications().get("wrapped"));
        }
        FakeRequest r = server.takeRequest();
        assertEquals("GET", r.method());
        assertEquals("/team-notifications/" + N1, r.target());
        assertEquals(KEY, r.header("x-api-key"));
    }

    @Test
    void aWrappedBodyIsViewedWithItsRealPathsAndNothingOfItIsLost() {
        String one = "{\"id\":\"n1\",\"created_at\":\"soon\",\"score\":601.50,\"extra\":{\"deep\":[1,null]}}";
        server.route("GET", "/team-notifications/{id}", r -> FakeResponse.json(r.pathParam("id").equals("stats")
                ? "{\"data\":{\"unread_count\":\"x\"}}" : "{\"data\":" + one + "}"));
        server.route("PATCH", "/team-notifications/{n}/users/{u}/status", r -> FakeResponse.json(
                "{\"data\":{\"user_id\":\"u1\",\"read_at\":\"2024-01-10T12:00:00.000+00:00\",\"n\":1e2}}"));
        try (AlooChat aloochat = client()) {
            TeamNotification n = aloochat.notifications().get("n1");
            assertEquals("n1", n.id());
            assertEquals(one, Json.write(n), "the wrapped object, exactly");
            DecodeException e = assertThrows(DecodeException.class, n::createdAt);
            assertTrue(e.getMessage().contains("path $.data.created_at"), e.getMessage());
            DecodeException s = assertThrows(DecodeException.class, () -> aloochat.notifications().stats().unreadCount());
            assertTrue(s.getMessage().contains("path $.data.unread_count"), s.getMessage());
            NotificationRecipient r = aloochat.notifications().updateStatus("n1", "u1", NotificationStatus.READ).orElseThrow();
            assertEquals("{\"user_id\":\"u1\",\"read_at\":\"2024-01-10T12:00:00.000+00:00\",\"n\":1e2}", Json.write(r));
            assertEquals(Instant.parse("2024-01-10T12:00:00Z"), r.readAt());
        }
    }

    @Test
    void anEmptyBodyWhereAnObjectIsExpectedIsADecodeException() {
        server.route("GET", "/team-notifications/{id}", r -> FakeResponse.status(200));
        try (AlooChat aloochat = client()) {
            DecodeException e = assertThrows(DecodeException.class, () -> aloochat.notifications().get(N1));
            // The wording after "it" is sdk-core's (for models it currently says "does not have the expected shape").
            assertTrue(e.getMessage().startsWith("could not decode response of GET /team-notifications/" + N1
                    + " as TeamNotification: it "), e.getMessage());
        }
    }

    @Test
    void forUserSendsTheUsersFilters() {
        emptyList("/team-notifications/users/{id}");
        try (AlooChat aloochat = client()) {
            aloochat.notifications().forUser(U1, UserNotificationFilter.builder().status(NotificationStatus.UNREAD)
                    .notificationType(NotificationType.API_CALL).priority(NotificationPriority.HIGH).limit(40).build())
                    .firstPage();
            aloochat.notifications().forUser(U1).firstPage();
        }
        assertEquals("/team-notifications/users/" + U1 + "?status=unread&notification_type=api_call&priority=high&limit=40",
                server.takeRequest().target());
        assertEquals("/team-notifications/users/" + U1 + "?limit=100", server.takeRequest().target());
    }

    @Test
    void updateStatusPatchesTheDocumentedRouteWithTheStatusBody() {
        server.route("PATCH", "/team-notifications/{n}/users/{u}/status", r -> FakeResponse.json(TestJson.object(
                "id", "rec-1", "notification_id", r.pathParam("n"), "user_id", r.pathParam("u"), "status", "read",
                "read_at", "2024-01-10T12:00:00Z")));
        try (AlooChat aloochat = client()) {
            NotificationRecipient r = aloochat.notifications().updateStatus(N1, U1, NotificationStatus.READ).orElseThrow();
            assertSame(NotificationStatus.READ, r.status());
            assertEquals(Instant.parse("2024-01-10T12:00:00Z"), r.readAt());
        }
        FakeRequest r = server.takeRequest();
        assertEquals("PATCH", r.method());
        assertEquals("/team-notifications/" + N1 + "/users/" + U1 + "/status", r.target());
        assertEquals("{\"status\":\"read\"}", r.bodyUtf8());
        assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
        assertEquals(KEY, r.header("x-api-key"));
    }

    @Test
    void aPatchThatFailsOnceIsRetriedBecauseSettingAStatusIsIdempotent() {
        server.route("PATCH", "/team-notifications/{n}/users/{u}/status", r -> FakeResponse.status(204));
        server.faults().statusSequence("PATCH", "/team-notifications/{n}/users/{u}/status", 503);
        try (AlooChat aloochat = client()) {
            assertEquals(Optional.empty(), aloochat.notifications().updateStatus(N1, U1, NotificationStatus.ARCHIVED));
        }
        assertEquals(2, server.requestCount());
        assertEquals("{\"status\":\"archived\"}", server.requests().get(1).bodyUtf8());
    }

    @Test
    void anUpdateAnsweredWithSomethingElseThanAnObjectStillSucceeds() {
        server.route("PATCH", "/team-notifications/{n}/users/{u}/status", r -> switch (r.pathParam("u")) {
            case "true" -> FakeResponse.json("true");
            case "empty" -> FakeResponse.json("{}");
            default -> FakeResponse.json("{\"data\":{\"user_id\":\"wrapped\",\"status\":\"unread\",\"read_at\":null}}");
        });
        try (AlooChat aloochat = client()) {
            TeamNotificationsClient n = aloochat.notifications();
            assertEquals(Optional.empty(), n.updateStatus(N1, "true", NotificationStatus.READ));
            assertEquals(Optional.empty(), n.updateStatus(N1, "empty", NotificationStatus.READ));
            NotificationRecipient r = n.updateStatus(N1, "wrapped", NotificationStatus.UNREAD).orElseThrow();
            assertEquals("wrapped", r.userId());
            assertNull(r.readAt());
        }
    }

    @Test
    void statsSendsItsFilters() {
        server.route("GET", "/team-notifications/stats", r -> FakeResponse.json(Fixture.text("aloochat/stats.json")));
        try (AlooChat aloochat = client()) {
            assertEquals(150L, aloochat.notifications().stats().totalNotifications());
            aloochat.notifications().stats(StatsFilter.builder().startDate(Instant.parse("2024-01-01T00:00:00Z"))
                    .endDate(Instant.parse("2024-01-31T23:59:59Z")).userId(U1).build());
        }
        assertEquals("/team-notifications/stats", server.takeRequest().target());
        assertEquals("/team-notifications/stats?start_date=2024-01-01T00%3A00%3A00Z&end_date=2024-01-31T23%3A59%3A59Z"
                + "&user_id=" + U1, server.takeRequest().target());
    }

    @Test
    void statsSendsTheTypeAndAgentFiltersOfTheDocsExample() {
        server.route("GET", "/team-notifications/stats", r -> FakeResponse.json(Fixture.text("aloochat/stats.json")));
        String agent = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
        StatsFilter filter = StatsFilter.builder().startDate(Instant.parse("2024-01-01T00:00:00Z"))
                .endDate(Instant.parse("2024-01-31T00:00:00Z")).notificationType(NotificationType.AGENT_ACTION)
                .agentId(agent).build();
        assertEquals(java.util.Optional.of(NotificationType.AGENT_ACTION), filter.notificationType());
        assertEquals(java.util.Optional.of(agent), filter.agentId());
        try (AlooChat aloochat = client()) {
            aloochat.notifications().stats(filter);
        }
        assertEquals("/team-notifications/stats?start_date=2024-01-01T00%3A00%3A00Z&end_date=2024-01-31T00%3A00%3A00Z"
                + "&notification_type=agent_action&agent_id=" + agent, server.takeRequest().target());
        assertThrows(IllegalArgumentException.class, () -> StatsFilter.builder().agentId(" "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatsFilter.builder().notificationType(NotificationType.EMPTY));
        assertTrue(e.getMessage().contains("notificationType"), e.getMessage());
    }

    @Test
    void theHeaderNameAndBasePathAreConfigurable() {
        emptyList("/api/public/team-notifications");
        try (AlooChat aloochat = AlooChat.builder().apiKey(KEY).baseUrl(server.baseUrl() + "/")
                .basePath("/api/public/team-notifications/").apiKeyHeader("x-api-token").build()) {
            assertEquals("/api/public/team-notifications", aloochat.basePath());
            aloochat.notifications().list().firstPage();
        }
        FakeRequest r = server.takeRequest();
        assertEquals("/api/public/team-notifications?limit=100", r.target());
        assertEquals(KEY, r.header("x-api-token"));
        assertNull(r.header("x-api-key"));
    }

    @Test
    void argumentsAreCheckedBeforeAnyRequest() {
        try (AlooChat aloochat = client()) {
            TeamNotificationsClient n = aloochat.notifications();
            assertMessage("notificationId must not be blank", () -> n.get(" "));
            assertMessage("notificationId must not be 'stats', which names another endpoint under the same path",
                    () -> n.get("stats"));
            assertMessage("userId must not be blank", () -> n.forUser(""));
            assertMessage("userId must not be blank", () -> n.updateStatus(N1, null, NotificationStatus.READ));
            assertMessage("notificationId must not be blank", () -> n.updateStatus("", U1, NotificationStatus.READ));
            assertMessage("status must not be null or empty", () -> n.updateStatus(N1, U1, null));
            assertMessage("status must not be null or empty", () -> n.updateStatus(N1, U1, NotificationStatus.EMPTY));
        }
        assertMessage("limit must be between 1 and 100, was 101", () -> NotificationFilter.builder().limit(101));
        assertMessage("limit must be between 1 and 100, was 0", () -> UserNotificationFilter.builder().limit(0));
        assertMessage("agentId must not be blank", () -> NotificationFilter.builder().agentId(" "));
        assertMessage("queryId must not be blank", () -> NotificationFilter.builder().queryId(""));
        assertMessage("senderId must not be blank", () -> NotificationFilter.builder().senderId("\t"));
        assertMessage("userId must not be blank", () -> StatsFilter.forUser(" "));
        assertMessage("notificationType must not be empty; pass null for no filter",
                () -> NotificationFilter.builder().notificationType(NotificationType.EMPTY));
        assertMessage("priority must not be empty; pass null for no filter",
                () -> UserNotificationFilter.builder().priority(NotificationPriority.EMPTY));
        assertMessage("status must not be empty; pass null for no filter",
                () -> NotificationFilter.builder().status(NotificationStatus.EMPTY));
        assertMessage("endDate 2024-01-01T00:00:00Z is before startDate 2024-01-02T00:00:00Z",
                () -> NotificationFilter.builder().startDate(Instant.parse("2024-01-02T00:00:00Z"))
                        .endDate(Instant.parse("2024-01-01T00:00:00Z")).build());
        assertMessage("endDate 2024-01-01T00:00:00Z is before startDate 2024-01-02T00:00:00Z",
                () -> StatsFilter.builder().startDate(Instant.parse("2024-01-02T00:00:00Z"))
                        .endDate(Instant.parse("2024-01-01T00:00:00Z")).build());
        assertMessage("apiKey must not be blank", () -> AlooChat.builder().apiKey(" "));
        assertMessage("basePath must be a path such as /team-notifications, was 'team-notifications'",
                () -> AlooChat.builder().basePath("team-notifications"));
        assertMessage("basePath must be a path such as /team-notifications, was '/a/{b}'",
                () -> AlooChat.builder().basePath("/a/{b}"));
        assertThrows(IllegalArgumentException.class, () -> AlooChat.builder().apiKeyHeader("bad header:"));
        assertThrows(IllegalStateException.class, () -> AlooChat.builder().build());
        assertEquals(0, server.requestCount());
    }

    @Test
    void toStringNeverShowsTheKey() {
        try (AlooChat aloochat = client()) {
            String s = aloochat.toString() + aloochat.transport() + aloochat.transport().config()
                    + aloochat.notifications();
            assertFalse(s.contains(KEY), s);
            assertTrue(s.contains("x-api-key: ***"), s);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlooChat.builder().apiKey("secret-key\r\nX-Evil: 1"));
        assertFalse(e.getMessage().contains("secret-key"), e.getMessage());
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        try (AlooChat aloochat = AlooChat.builder().apiKey(KEY).build()) {
            assertEquals("https://api.aloochat.ai", aloochat.baseUrl());
            assertEquals("/team-notifications", aloochat.basePath());
            assertEquals(AlooChat.documentedLimits(), aloochat.rateLimiter().windows());
            assertEquals(dev.switchboard.core.ratelimit.RateLimiter.Mode.WAIT, aloochat.rateLimiter().mode());
        }
    }

    static void assertMessage(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
