package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.json.OpenEnum;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Decoding and re-encoding AlooChat's documented payloads and their drift: typed views, nothing lost. */
class AlooChatModelTest {
    private static final String PAGE = "aloochat/team-notifications-page.json";
    private static final String DRIFT = "aloochat/team-notifications-drift.json";
    private static final String STATS = "aloochat/stats.json";

    private static TeamNotificationList decode(String name) {
        return Json.decode(Fixture.bytes(name), TeamNotificationList.class, name);
    }

    @Test
    void theDocumentedNotificationIsTyped() {
        TeamNotificationList page = decode(PAGE);
        assertEquals(25L, page.total());
        assertEquals(0L, page.skip());
        assertEquals(10L, page.limit());
        TeamNotification n = page.data().get(0);
        assertEquals("123e4567-e89b-12d3-a456-426614174000", n.id());
        assertEquals("123e4567-e89b-12d3-a456-426614174001", n.companyId());
        assertEquals("123e4567-e89b-12d3-a456-426614174002", n.senderId());
        assertSame(NotificationType.EMAIL_SENT, n.notificationType());
        assertSame(NotificationPriority.MEDIUM, n.priority());
        assertSame(NotificationStatus.UNREAD, n.status());
        assertEquals("Agent sent email to customer", n.title());
        assertTrue(n.message().contains("billing inquiry #12345"));
        NotificationMetadata m = n.metadata();
        assertEquals(Optional.of("123e4567-e89b-12d3-a456-426614174008"), m.agentId());
        assertEquals(Optional.of("123e4567-e89b-12d3-a456-426614174009"), m.queryId());
        assertEquals(Optional.of("email_sent"), m.actionType());
        assertEquals(Optional.of("customer@example.com"), m.recipientEmail());
        assertEquals(Optional.of("Follow-up on your billing inquiry"), m.emailSubject());
        assertEquals(Optional.of("email_tool"), m.toolUsed());
        assertEquals(Optional.of("2.3s"), m.executionTime());
        assertEquals(Optional.of(Duration.ofMillis(2300)), m.executionDuration());
        assertEquals("https://app.aloochat.ai/queries/123e4567-e89b-12d3-a456-426614174009", n.actionUrl());
        assertEquals(Instant.parse("2024-01-15T06:00:00Z"), n.expiresAt());
        assertEquals(Instant.parse("2024-01-10T10:00:00Z"), n.createdAt());
        assertEquals(Instant.parse("2024-01-10T10:00:00Z"), n.updatedAt());
        assertEquals(new NotificationUser(JsonObject.of("id", "123e4567-e89b-12d3-a456-426614174008",
                "email", "agent@aloochat.ai", "name", "Support Agent")), n.sender());
        assertEquals("agent@aloochat.ai", n.sender().email());
        assertEquals("Support Agent", n.sender().name());
        NotificationRecipient r = n.recipients().get(0);
        assertEquals("123e4567-e89b-12d3-a456-426614174003", r.id());
        assertEquals(n.id(), r.notificationId());
        assertEquals("123e4567-e89b-12d3-a456-426614174004", r.userId());
        assertSame(NotificationStatus.UNREAD, r.status());
        assertNull(r.readAt());
        assertEquals(Optional.empty(), r.readAtValue());
        assertEquals("John Doe", r.user().name());
        assertEquals(Optional.of(r), n.recipient("123e4567-e89b-12d3-a456-426614174004"));
        assertEquals(Optional.empty(), n.recipient("someone-else"));
    }

    @Test
    void theDocumentedPageIsWrittenBackExactlyReadAtNullIncluded() {
        String json = Json.write(decode(PAGE));
        assertEquals(Fixture.compact(PAGE), json);
        assertTrue(json.contains("\"read_at\":null"), json);
    }

    @Test
    void driftNullsUnknownValuesAndTypedMetadataSurvive() {
        TeamNotificationList page = decode(DRIFT);
        TeamNotification system = page.data().get(0);
        assertNull(system.senderId());
        assertNull(system.sender());
        assertNull(system.actionUrl());
        assertNull(system.expiresAt());
        assertEquals(Map.of(), system.metadata().values());
        assertEquals(JsonObject.EMPTY, system.metadata().json());
        assertEquals(Optional.empty(), system.metadata().agentId());
        assertEquals(Instant.parse("2024-01-09T22:05:12.345Z"), system.updatedAt());
        assertEquals(Instant.parse("2024-01-10T08:30:00Z"), system.recipients().get(0).readAt());

        TeamNotification drift = page.data().get(1);
        assertEquals("webhook_delivery", drift.notificationType().value());
        assertFalse(drift.notificationType().isKnown());
        assertEquals("critical", drift.priority().value());
        assertFalse(drift.priority().isKnown());
        assertEquals("snoozed", drift.status().value());
        NotificationMetadata m = drift.metadata();
        assertEquals(Optional.empty(), m.queryId(), "query_id is null");
        assertTrue(m.values().containsKey("query_id"));
        assertEquals(Optional.empty(), m.executionTime(), "a number, not the documented string");
        assertEquals(Optional.of(Duration.ofMillis(1750)), m.executionDuration());
        assertEquals(new BigDecimal("0.930"), m.get("confidence").orElseThrow());
        assertEquals(3, m.get("attempts").orElseThrow());
        assertEquals(200, ((Map<?, ?>) m.get("http").orElseThrow()).get("status"));
        assertEquals(List.of(), drift.recipients());
        assertEquals(0, drift.json().get("read_by_count"));
        assertTrue(drift.sender().json().containsKey("avatar_url"));
        assertEquals(Optional.of("http_tool"), m.stringValue("tool_used"));
        assertEquals(Optional.empty(), m.stringValue("attempts"), "a number, not a string");

        TeamNotification empty = page.data().get(2);
        assertSame(NotificationType.EMPTY, empty.notificationType());
        assertSame(NotificationPriority.EMPTY, empty.priority());
        assertSame(NotificationStatus.EMPTY, empty.status());
        assertNull(empty.metadata());
        assertNull(empty.recipients());

        assertEquals(Fixture.compact(DRIFT), Json.write(page), "numbers, nulls, unknown fields and absences kept");
    }

    @Test
    void statsAreTypedWithOpenKeysAndWrittenBackExactly() {
        NotificationStats s = Json.decode(Fixture.bytes(STATS), NotificationStats.class, STATS);
        assertEquals(150L, s.totalNotifications());
        assertEquals(25L, s.unreadCount());
        assertEquals(100L, s.readCount());
        assertEquals(25L, s.archivedCount());
        assertEquals(List.of("system", "user", "agent", "deployment", "billing", "security"), List.copyOf(s.byType().keySet()));
        assertEquals(50, s.count(NotificationType.SYSTEM));
        assertEquals(20, s.count(NotificationType.DEPLOYMENT));
        assertEquals(0, s.count(NotificationType.EMAIL_SENT), "absent keys count 0");
        assertEquals(5, s.count(NotificationPriority.URGENT));
        assertEquals(70, s.count(NotificationPriority.MEDIUM));
        assertEquals(Fixture.compact(STATS), Json.write(s));
    }

    @Test
    void timestampsAreWrittenBackExactlyAsSent() {
        // JavaScript's toISOString writes "…00.000Z"; the documented form has no fraction. Both come back as sent.
        String sent = "{\"created_at\":\"2024-01-09T22:00:00.000Z\",\"updated_at\":\"2024-01-09T23:05:12.345+01:00\","
                + "\"expires_at\":\"\",\"recipients\":[{\"read_at\":\"2024-01-10T08:30:00Z\"}]}";
        TeamNotification n = Json.decode(sent.getBytes(), TeamNotification.class, "n");
        assertEquals(Instant.parse("2024-01-09T22:00:00Z"), n.createdAt());
        assertEquals(Instant.parse("2024-01-09T22:05:12.345Z"), n.updatedAt());
        assertNull(n.expiresAt(), "an empty timestamp reads as null");
        assertEquals(Instant.parse("2024-01-10T08:30:00Z"), n.recipients().get(0).readAt());
        assertEquals(sent, Json.write(n));
    }

    @Test
    void aMistypedFieldFailsOnlyItsAccessorNamingThePathAndIsWrittenBackAsSent() {
        String sent = "{\"data\":[{\"id\":\"n1\",\"created_at\":\"yesterday\",\"sender\":\"agent\",\"metadata\":[1],"
                + "\"recipients\":[{\"user_id\":\"u1\"},{\"user_id\":\"u2\",\"read_at\":true},7]}],\"total\":\"many\","
                + "\"skip\":0,\"limit\":1.5}";
        TeamNotificationList page = Json.decode(sent.getBytes(), TeamNotificationList.class, "page");
        assertEquals(sent, Json.write(page));
        TeamNotification n = page.data().get(0);
        assertEquals("n1", n.id(), "the record decodes; its other fields work");
        assertPath("$.data[0].created_at", "was a string", assertThrows(DecodeException.class, n::createdAt));
        assertPath("$.data[0].sender", "expected an object, was a string", assertThrows(DecodeException.class, n::sender));
        assertPath("$.data[0].metadata", "expected an object, was an array", assertThrows(DecodeException.class, n::metadata));
        assertEquals("u1", n.recipients().get(0).userId());
        assertPath("$.data[0].recipients[1].read_at", "was a boolean",
                assertThrows(DecodeException.class, () -> n.recipients().get(1).readAt()));
        assertPath("$.data[0].recipients[1].read_at", "was a boolean",
                assertThrows(DecodeException.class, () -> n.recipients().get(1).readAtValue()));
        assertEquals("u2", n.recipients().get(1).userId());
        assertThrows(DecodeException.class, () -> n.recipients().get(2));
        assertEquals(Optional.of(n.recipients().get(1)), n.recipient("u2"));
        assertPath("$.total", "expected a 64-bit integer, was a string", assertThrows(DecodeException.class, page::total));
        assertEquals(0L, page.skip());
        assertPath("$.limit", "expected a 64-bit integer, was a decimal number",
                assertThrows(DecodeException.class, page::limit));
        assertThrows(DecodeException.class, page::validate);
    }

    @Test
    void aMistypedCountFailsTheMapItIsInAndNotTheOthers() {
        String sent = "{\"total_notifications\":3,\"by_type\":{\"system\":\"two\",\"user\":1,\"agent\":null},"
                + "\"by_priority\":{\"low\":3}}";
        NotificationStats s = Json.decode(sent.getBytes(), NotificationStats.class, "stats");
        assertEquals(sent, Json.write(s));
        assertPath("$.by_type.system", "expected a 64-bit integer, was a string",
                assertThrows(DecodeException.class, s::byType));
        assertThrows(DecodeException.class, () -> s.count(NotificationType.SYSTEM));
        assertEquals(1, s.count(NotificationType.USER), "another count of the same map still reads");
        assertEquals(0, s.count(NotificationType.AGENT), "null counts 0");
        assertEquals(Map.of("low", 3L), s.byPriority());
        assertEquals(3, s.count(NotificationPriority.LOW));
        assertEquals(3L, s.totalNotifications());
        assertNull(s.unreadCount());
        DecodeException all = assertThrows(DecodeException.class, s::validate);
        assertTrue(all.getMessage().contains("path $.by_type.system"), all.getMessage());
        NotificationStats none = Json.decode("{\"by_type\":null}".getBytes(), NotificationStats.class, "stats");
        assertNull(none.byType());
        assertNull(none.byPriority());
        assertEquals(0, none.count(NotificationPriority.URGENT));
    }

    private static void assertPath(String path, String says, DecodeException e) {
        assertTrue(e.getMessage().contains("path " + path), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void executionTimeFormsAreParsedLeniently() {
        assertEquals(Optional.of(Duration.ofMillis(150)), metadata("\"150ms\"").executionDuration());
        assertEquals(Optional.of(Duration.ofSeconds(90)), metadata("\"1.5 m\"").executionDuration());
        assertEquals(Optional.of(Duration.ofHours(2)), metadata("\"2h\"").executionDuration());
        assertEquals(Optional.of(Duration.ofSeconds(4)), metadata("\"4\"").executionDuration());
        assertEquals(Optional.of(Duration.ofSeconds(4)), metadata("4").executionDuration());
        assertEquals(Optional.empty(), metadata("\"fast\"").executionDuration());
        assertEquals(Optional.empty(), metadata("null").executionDuration());
        assertEquals(Optional.empty(), metadata("\"-2s\"").executionDuration());
        assertEquals(Optional.empty(), metadata("-2").executionDuration());
        assertEquals(Optional.empty(), metadata("true").executionDuration());
        assertEquals(Optional.empty(), metadata("{\"s\":2}").executionDuration());
        assertEquals(Optional.of(Duration.ofSeconds(100)), metadata("1e2").executionDuration());
        assertEquals(Optional.empty(), metadata("1e999999999").executionDuration(), "out of range, at no cost");
        assertEquals(Optional.empty(), metadata("1e2147483648").executionDuration());
        assertEquals(Optional.empty(), metadata("\"" + "1".repeat(50) + "s\"").executionDuration());
    }

    private static NotificationMetadata metadata(String executionTime) {
        return Json.decode(("{\"execution_time\":" + executionTime + "}").getBytes(), NotificationMetadata.class, "m");
    }

    @Test
    void everyEnumIsOpenWithAnEmptyConstant() {
        check(NotificationType.values(), NotificationType::of, NotificationType.class);
        check(NotificationPriority.values(), NotificationPriority::of, NotificationPriority.class);
        check(NotificationStatus.values(), NotificationStatus::of, NotificationStatus.class);
        assertEquals(List.of("", "agent_action", "email_sent", "slack_message", "api_call", "tool_usage", "system", "user",
                "agent", "deployment", "billing", "security"), NotificationType.values().stream().map(OpenEnum::value).toList());
        assertEquals(List.of("", "low", "medium", "high", "urgent"),
                NotificationPriority.values().stream().map(OpenEnum::value).toList());
        assertEquals(List.of("", "unread", "read", "archived"),
                NotificationStatus.values().stream().map(OpenEnum::value).toList());
    }

    private static <E extends OpenEnum> void check(List<E> values, Function<String, E> of, Class<E> type) {
        assertSame(values.get(0), of.apply(""));
        assertSame(values.get(0), Json.convert("", type));
        for (E v : values) {
            assertSame(v, Json.convert(v.value(), type));
        }
        E unknown = Json.convert("from_the_future", type);
        assertFalse(unknown.isKnown());
        assertEquals("\"from_the_future\"", Json.write(unknown));
    }

    @Test
    void modelsAreImmutable() {
        TeamNotification n = decode(PAGE).data().get(0);
        assertThrows(UnsupportedOperationException.class, () -> n.recipients().clear());
        assertThrows(UnsupportedOperationException.class, () -> n.metadata().values().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> n.json().put("x", 1));
    }
}
