package dev.switchboard.conversations.intercom.admins;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.intercom.FakeIntercomAdmins;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntercomAdminsTest {
    private static final Instant EPOCH = Instant.ofEpochSecond(FakeIntercomAdmins.EPOCH);

    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomAdmins fake = FakeIntercomAdmins.on(t.server, MoreTestSupport.TOKEN);
    private final AdminsClient admins = new AdminsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsAwayStatusReasonsWithSoftDeletedOnesFlagged() {
        List<AwayStatusReason> reasons = admins.awayStatusReasons();
        assertEquals(List.of("1", "2", "3"), reasons.stream().map(AwayStatusReason::id).toList());
        assertEquals(List.of(false, false, true), reasons.stream().map(AwayStatusReason::isDeleted).toList());
        assertEquals("☕", reasons.get(0).emoji());
        assertEquals(EPOCH.minusSeconds(86_400), reasons.get(0).createdAt());
        assertRequest(t.server.takeRequest(), "GET", "/away_status_reasons", null);
    }

    @Test
    void setsAnAdminAwayWithAReasonAndKeepsTheAdminsUnknownFields() {
        Admin admin = admins.setAway("991267460", SetAway.away().reassign(true).reason("2"));
        assertTrue(admin.isAway());
        assertEquals(Boolean.TRUE, admin.awayModeReassign());
        assertEquals(Optional.of("2"), admin.awayStatusReason());
        assertTrue(admin.json().containsKey("team_priority_level"));
        assertRequest(t.server.takeRequest(), "PUT", "/admins/991267460/away",
                "{\"away_mode_enabled\":true,\"away_mode_reassign\":true,\"away_status_reason_id\":2}");
        Admin back = admins.setAway("991267460", SetAway.back());
        assertFalse(back.isAway());
        assertNull(back.awayStatusReasonId());
        assertTrue(back.json().isNull("away_status_reason_id"), "sent as null, kept as null");
        assertRequest(t.server.takeRequest(), "PUT", "/admins/991267460/away",
                "{\"away_mode_enabled\":false,\"away_mode_reassign\":false}");
    }

    @Test
    void intercomsAwayErrorsSurfaceWithTheirCodes() {
        ValidationException deleted = assertThrows(ValidationException.class,
                () -> admins.setAway("991267460", SetAway.away().reason("3")));
        assertTrue(deleted.getMessage().contains("Away status reason is deleted"), deleted.getMessage());
        fake.requireAwayReason(true);
        ValidationException mandatory = assertThrows(ValidationException.class,
                () -> admins.setAway("991267460", SetAway.away()));
        assertEquals("away_status_reason_mandatory", mandatory.details().get(0).code());
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> admins.setAway("42", SetAway.away().reason("1")));
        assertEquals("admin_not_found", missing.details().get(0).code());
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("adminId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> admins.setAway(" ", SetAway.away())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> admins.setAway("me", SetAway.away()))
                .getMessage().startsWith("adminId must be an integer id"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SetAway.away().reason("lunch"))
                .getMessage().startsWith("reasonId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> admins.activityLogs(null))
                .getMessage().startsWith("after"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> admins.activityLogs(EPOCH, EPOCH))
                .getMessage().startsWith("before must be after"));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void activityLogsPageThroughNextCursorsInTheWindow() {
        List<ActivityLog> logs = admins.activityLogs(EPOCH, EPOCH.plusSeconds(4 * 3_600)).stream().toList();
        assertEquals(List.of("log-1", "log-2", "log-3", "log-4", "log-5"), logs.stream().map(ActivityLog::id).toList());
        String window = "created_at_after=" + EPOCH.getEpochSecond() + "&created_at_before=" + (EPOCH.getEpochSecond() + 14_400);
        assertRequest(t.server.takeRequest(), "GET", "/admins/activity_logs?" + window, null);
        assertRequest(t.server.takeRequest(), "GET", "/admins/activity_logs?" + window + "&starting_after=log-2", null);
        assertRequest(t.server.takeRequest(), "GET", "/admins/activity_logs?" + window + "&starting_after=log-4", null);
        assertEquals(3, t.server.requestCount());

        assertEquals(ActivityType.ADMIN_CONVERSATION_ASSIGNMENT_LIMIT_CHANGE, logs.get(1).activityType());
        assertEquals(Optional.of(10), logs.get(1).metadata().conversationLimit());
        assertEquals(ActivityType.ADMIN_TICKET_ASSIGNMENT_LIMIT_CHANGE, logs.get(2).activityType());
        assertEquals(Optional.of(4), logs.get(2).metadata().ticketLimit());
        assertTrue(logs.get(3).metadata().json().containsKey("team"));
        assertEquals(EPOCH.plusSeconds(3_600), logs.get(1).createdAt());
        assertEquals("127.0.0.1", logs.get(0).performedBy().ip());
    }

    @Test
    void activityLogPagesOfAnUndocumentedShapeStopLoudly() {
        String log = "{\"id\":\"a\",\"activity_type\":\"admin_login_success\"}";
        String[] pages = {
            "{\"type\":\"pages\",\"next\":\"https://api.intercom.io/admins/activity_logs?page=2\",\"page\":1,\"total_pages\":2}",
            "{\"type\":\"pages\",\"next\":{\"per_page\":20},\"page\":1,\"total_pages\":2}",
            "{\"type\":\"pages\",\"next\":{\"starting_after\":7},\"page\":1}",
            "{\"type\":\"pages\",\"next\":null,\"page\":1,\"per_page\":1,\"total_pages\":3}",
            "{\"type\":\"pages\",\"page\":2,\"total_pages\":3}",
            "\"pages\""};
        String[] messages = {
            "/pages/next is a string, not the documented object with a starting_after cursor",
            "/pages/next has no starting_after cursor (it is missing)",
            "/pages/next has no starting_after cursor (it is a number)",
            "page 1 of 3 has no next cursor at /pages/next",
            "page 2 of 3 has no next cursor at /pages/next",
            "/pages is a string, not a pages object"};
        java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger();
        try (MoreTestSupport other = new MoreTestSupport()) {
            other.server.route("GET", "/admins/activity_logs", r -> dev.switchboard.testkit.FakeResponse.json(
                    "{\"type\":\"activity_log.list\",\"pages\":" + pages[answer.getAndIncrement()] + ",\"activity_logs\":["
                            + log + "]}"));
            AdminsClient strict = new AdminsClient(other.connection);
            for (String expected : messages) {
                dev.switchboard.core.PaginationException e = assertThrows(dev.switchboard.core.PaginationException.class,
                        () -> strict.activityLogs(EPOCH).stream().toList());
                assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            }
            assertEquals(messages.length, other.server.requestCount(), "no page is guessed at");
        }
    }

    @Test
    void theSpecsExampleLastPageEndsTheListing() {
        try (MoreTestSupport other = new MoreTestSupport()) {
            other.server.route("GET", "/admins/activity_logs", r -> dev.switchboard.testkit.FakeResponse.json(
                    "{\"type\":\"activity_log.list\",\"pages\":{\"type\":\"pages\",\"next\":null,\"page\":1,"
                            + "\"per_page\":20,\"total_pages\":1},\"activity_logs\":[{\"id\":\"a\"}]}"));
            assertEquals(List.of("a"), new AdminsClient(other.connection).activityLogs(EPOCH).stream()
                    .map(ActivityLog::id).toList());
            assertEquals(1, other.server.requestCount());
        }
    }

    @Test
    void settingAwayIsLoggedAndAnOpenWindowSendsOnlyAfter() {
        admins.setAway("991267461", SetAway.away().reason("1"));
        t.server.clearRequests();
        List<ActivityLog> logs = admins.activityLogs(EPOCH.plusSeconds(5 * 3_600)).stream().toList();
        assertEquals(List.of(ActivityType.ADMIN_AWAY_MODE_CHANGE), logs.stream().map(ActivityLog::activityType).toList());
        assertEquals(Boolean.TRUE, logs.get(0).metadata().json().get("away_mode"));
        assertRequest(t.server.takeRequest(), "GET", "/admins/activity_logs?created_at_after="
                + (EPOCH.getEpochSecond() + 18_000), null);
    }

    @Test
    void activityTypesAreOpenAndKnowTheTwo214Values() {
        assertEquals(105, ActivityType.knownValues().size());
        assertFalse(ActivityType.of("admin_assignment_limit_change").isKnown());
        assertEquals("admin_assignment_limit_change", ActivityType.of("admin_assignment_limit_change").value());
        assertTrue(ActivityType.of("admin_ticket_assignment_limit_change").isKnown());
    }

    @Test
    void activityLogsRoundTripWithNullLimitsUnknownKeysAndANullNext() {
        String json = "{\"type\":\"activity_log.list\",\"pages\":{\"type\":\"pages\",\"next\":null,\"page\":1,\"per_page\":20,"
                + "\"total_pages\":1,\"x\":1},\"activity_logs\":[{\"id\":\"a\",\"performed_by\":{\"type\":\"admin\",\"id\":\"1\","
                + "\"email\":\"e\",\"ip\":\"::1\",\"name\":\"n\"},\"metadata\":{\"conversation_assignment_limit\":null,"
                + "\"ticket_assignment_limit\":7,\"assignment_limit\":3,\"message\":{\"id\":123,\"title\":\"t\"},"
                + "\"ratio\":0.50},\"created_at\":1734537253,\"activity_type\":\"brand_new_type\","
                + "\"activity_description\":\"d\",\"new_field\":[true]}]}";
        assertLossless(json, ActivityLogList.class);
        ActivityLogList list = decode(json, ActivityLogList.class);
        ActivityLogMetadata m = list.activityLogs().get(0).metadata();
        assertNull(m.conversationAssignmentLimit());
        assertTrue(m.json().isNull("conversation_assignment_limit"), "a null limit stays null");
        assertEquals(Optional.of(7), m.ticketLimit());
        assertEquals(Optional.empty(), m.conversationLimit());
        assertNull(list.pages().next());
        assertTrue(list.pages().json().isNull("next"), "a null next stays null");
        assertEquals(json, dev.switchboard.core.json.Json.write(list), "written back byte for byte");
        Admin numeric = decode("{\"type\":\"admin\",\"id\":1,\"away_status_reason_id\":12345,\"team_ids\":[7,\"8\"]}",
                Admin.class);
        assertEquals("1", numeric.id());
        assertEquals(Optional.of("12345"), numeric.awayStatusReason());
        assertEquals(List.of(7L, 8L), numeric.teamIds());
        assertLossless("{\"type\":\"admin\",\"id\":\"1\",\"away_status_reason_id\":\"12345\",\"team_ids\":[],\"avatar\":null}",
                Admin.class);
        assertLossless("{\"type\":\"admin\",\"id\":\"1\",\"away_status_reason_id\":12345}", Admin.class);
        assertLossless("{\"type\":\"list\",\"data\":[{\"type\":\"away_status_reason\",\"id\":\"1\",\"deleted\":true,"
                + "\"created_at\":1734537243,\"colour\":\"red\"}]}", AwayStatusReasonList.class);
    }
}
