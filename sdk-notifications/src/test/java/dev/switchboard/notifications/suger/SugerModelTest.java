package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.OpenEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding and re-encoding Suger's models: every field typed, nothing lost, enums open (SG-1, SG-2, SG-3). */
class SugerModelTest {
    private static final String PAGE = "suger/notification-events-page.json";

    private static ListNotificationEventsResponse page() {
        return Json.decode(Fixture.bytes(PAGE), ListNotificationEventsResponse.class, "fixture");
    }

    @Test
    void everyNotificationEventFieldIsDecodedWithItsType() {
        NotificationEvent e = page().notificationEvents().get(0);
        assertSame(NotificationEventAction.EXPIRE_SOON, e.action());
        assertEquals(List.of("c-finance-01"), e.ccContactIds());
        assertEquals(List.of(NotificationChannel.SLACK, NotificationChannel.EMAIL), e.channels());
        assertEquals(List.of("procurement@buyer.example", "cto@buyer.example"), e.contactEmails());
        assertEquals(List.of("c-procurement-07", "c-cto-02"), e.contactIds());
        assertEquals(new LastModifiedBy("", "apiclient-3f9a", EntityType.API_CLIENT, "renewal-scheduler", Map.of()),
                e.createdBy());
        assertEquals(new BigDecimal("125000.50"), e.customFields().get("contractValue"));
        assertEquals(250, e.customFields().get("seats"));
        assertEquals(false, e.customFields().get("autoRenew"));
        assertTrue(e.customFields().containsKey("renewalOwner"));
        assertNull(e.customFields().get("renewalOwner"));
        assertEquals(List.of("api_calls", "storage_gb"), e.customFields().get("dimensions"));
        assertEquals(Map.of("months", 12, "currency", "USD"), e.customFields().get("terms"));
        assertEquals("ent-7f3c0d9a-aws", e.entityId());
        assertEquals("Acme Analytics - Enterprise", e.entityName());
        assertEquals("ACTIVE", e.entityStatus());
        assertSame(EntityType.ENTITLEMENT, e.entityType());
        assertEquals("nev-01J3ZK8Q4T7R2M9XW5B6C1D0EF", e.eventId());
        assertSame(NotificationEventStatus.DONE, e.eventStatus());
        assertEquals(Map.of("daysLeft", 7, "sourceRegion", "us-east-1"), e.info());
        assertEquals(Boolean.TRUE, e.actionItem());
        assertEquals(Instant.parse("2024-07-29T15:52:03.500Z"), e.lastUpdateTime());
        assertEquals("The entitlement Acme Analytics - Enterprise expires on 2024-08-05.", e.message());
        assertEquals("org-9b1e2f", e.organizationId());
        assertSame(Partner.AWS, e.partner());
        assertSame(AuditingEventPriority.HIGH, e.priority());
        assertEquals(Boolean.FALSE, e.requireAudit());
        assertEquals(Instant.parse("2024-07-29T15:51:28.071Z"), e.timestamp());
        assertEquals("Entitlement expiring in 7 days", e.title());
        assertEquals(List.of(new TrackEvent(TrackEventActionType.OPEN_EMAIL, "c-procurement-07",
                Instant.parse("2024-07-29T16:02:11Z"), Map.of())), e.trackEvents());
        assertEquals(Map.of(), e.extra());
    }

    @Test
    void thePageKeepsItsOffsetAndTotal() {
        ListNotificationEventsResponse p = page();
        assertEquals(4L, p.nextOffset());
        assertEquals(1234L, p.totalCount());
        assertEquals(4, p.notificationEvents().size());
    }

    @Test
    void goZeroValuesDecodeToEmptyConstantsNullsAndTheZeroTime() {
        NotificationEvent e = page().notificationEvents().get(1);
        assertSame(NotificationEventAction.EMPTY, e.action());
        assertSame(EntityType.EMPTY, e.entityType());
        assertSame(NotificationEventStatus.EMPTY, e.eventStatus());
        assertSame(Partner.EMPTY, e.partner());
        assertSame(AuditingEventPriority.EMPTY, e.priority());
        assertNull(e.channels());
        assertNull(e.trackEvents());
        assertNull(e.customFields());
        assertNull(e.createdBy());
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), e.lastUpdateTime());
    }

    @Test
    void unknownEnumValuesKeepTheirRawStringAndTheResponseStillDecodes() {
        NotificationEvent e = page().notificationEvents().get(2);
        assertEquals("QUOTE_RENEWAL", e.action().value());
        assertFalse(e.action().isKnown());
        assertEquals(NotificationEventAction.of("QUOTE_RENEWAL"), e.action());
        assertEquals("MARKETPLACE_LISTING", e.entityType().value());
        assertFalse(e.entityType().isKnown());
        assertEquals("RETRYING", e.eventStatus().value());
        assertEquals("NEBULA_CLOUD", e.partner().value());
        assertEquals(List.of(NotificationChannel.EMAIL, NotificationChannel.of("DISCORD")), e.channels());
        assertFalse(e.channels().get(1).isKnown());
        assertEquals("CLICK_LINK", e.trackEvents().get(0).action().value());
        assertEquals(Map.of("url", "https://app.suger.io/q/77"), e.trackEvents().get(0).extra());
        assertEquals("ADMIN", e.createdBy().extra().get("role"));
        assertEquals("wfx-9001", e.extra().get("workflowExecutionID"));
        assertEquals(List.of("renewal", 2024), e.extra().get("tags"));
    }

    @Test
    void aValueRemovedFromTheLatestSpecStillDecodesToItsConstant() {
        NotificationEvent e = page().notificationEvents().get(3);
        assertSame(NotificationEventAction.MARKETPLACE_CONTACT_EMAIL_UPDATE, e.action());
        assertTrue(e.action().isKnown());
    }

    @Test
    void thePageIsWrittenBackExactlyAsItArrived() {
        assertEquals(Fixture.compact(PAGE), Json.write(page()));
    }

    @Test
    void theLastPageWithNullsIsWrittenBackExactly() {
        String last = "suger/notification-events-last-page.json";
        ListNotificationEventsResponse p = Json.decode(Fixture.bytes(last), ListNotificationEventsResponse.class, "fixture");
        assertNull(p.nextOffset());
        assertNull(p.notificationEvents());
        assertNull(p.totalCount());
        assertEquals(Fixture.compact(last), Json.write(p));
    }

    @Test
    void messagesAreTypedAndWrittenBackExactly() {
        String name = "suger/notification-messages-page.json";
        ListNotificationMessagesResponse p = Json.decode(Fixture.bytes(name), ListNotificationMessagesResponse.class,
                "fixture");
        NotificationMessage m = p.notificationMessages().get(0);
        assertEquals(Instant.parse("2024-07-29T15:51:30.250Z"), m.creationTime());
        assertEquals("nmsg-01J3ZK8R00000000000000000A", m.id());
        assertSame(NotificationChannel.EMAIL, m.type());
        assertEquals("procurement@buyer.example", m.recipient());
        assertEquals("org-9b1e2f", m.organizationId());
        NotificationMessageInfo info = m.info();
        assertSame(NotificationEventAction.EXPIRE_SOON, info.action());
        assertEquals(List.of("finance@seller.example"), info.ccRecipients());
        assertNull(info.rccRecipients());
        assertEquals(new BigDecimal("125000.50"), info.standardFields().get("amount"));
        assertEquals(7, info.customFields().get("daysLeft"));
        assertEquals("Entitlement expiring in 7 days", info.subject());
        assertTrue(info.htmlContent().startsWith("<p>"));
        assertTrue(info.textContent().startsWith("Your entitlement"));
        assertSame(NotificationEventAction.EMPTY, p.notificationMessages().get(1).info().action());
        NotificationMessage drift = p.notificationMessages().get(2);
        assertEquals("PAGERDUTY", drift.type().value());
        assertNull(drift.info());
        assertEquals("QUEUED", drift.extra().get("deliveryState"));
        assertEquals(Fixture.compact(name), Json.write(p));

        String one = "suger/notification-message.json";
        assertEquals(Fixture.compact(one), Json.write(Json.decode(Fixture.bytes(one), NotificationMessage.class, "fixture")));
    }

    @Test
    void timesSentWithAnotherOffsetKeepTheirInstantAndAreWrittenInUtc() {
        NotificationEvent e = Json.decode("{\"timestamp\":\"2024-07-29T17:51:28.071+02:00\"}".getBytes(),
                NotificationEvent.class, "event");
        assertEquals(Instant.parse("2024-07-29T15:51:28.071Z"), e.timestamp());
        assertTrue(Json.write(e).contains("\"timestamp\":\"2024-07-29T15:51:28.071Z\""), Json.write(e));
    }

    @Test
    void absentFieldsAreWrittenAsNullTheWayTheGoServerWritesThem() {
        NotificationEvent e = Json.decode("{\"eventID\":\"e1\"}".getBytes(), NotificationEvent.class, "event");
        String json = Json.write(e);
        assertTrue(json.startsWith("{\"action\":null,\"ccContactIds\":null,"), json);
        assertTrue(json.contains("\"eventID\":\"e1\""), json);
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(NotificationEventAction.class, (Function<String, OpenEnum>) NotificationEventAction::of,
                        NotificationEventAction.EMPTY, NotificationEventAction.values()),
                Arguments.of(NotificationChannel.class, (Function<String, OpenEnum>) NotificationChannel::of,
                        NotificationChannel.EMPTY, NotificationChannel.values()),
                Arguments.of(EntityType.class, (Function<String, OpenEnum>) EntityType::of, EntityType.EMPTY,
                        EntityType.values()),
                Arguments.of(NotificationEventStatus.class, (Function<String, OpenEnum>) NotificationEventStatus::of,
                        NotificationEventStatus.EMPTY, NotificationEventStatus.values()),
                Arguments.of(Partner.class, (Function<String, OpenEnum>) Partner::of, Partner.EMPTY, Partner.values()),
                Arguments.of(AuditingEventPriority.class, (Function<String, OpenEnum>) AuditingEventPriority::of,
                        AuditingEventPriority.EMPTY, AuditingEventPriority.values()),
                Arguments.of(TrackEventActionType.class, (Function<String, OpenEnum>) TrackEventActionType::of,
                        TrackEventActionType.EMPTY, TrackEventActionType.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void everyEnumHasAnEmptyConstantAndStaysOpen(Class<? extends OpenEnum> type, Function<String, OpenEnum> of,
            OpenEnum empty, List<? extends OpenEnum> values) {
        assertSame(empty, of.apply(""), "\"\" is the EMPTY constant");
        assertTrue(empty.isKnown());
        assertEquals("", empty.value());
        assertSame(empty, values.get(0));
        assertSame(empty, Json.convert("", type), "JSON \"\" decodes to EMPTY");
        for (OpenEnum v : values) {
            assertSame(v, of.apply(v.value()), v.value());
            assertEquals("\"" + v.value() + "\"", Json.write(v));
        }
        OpenEnum unknown = Json.convert("SOMETHING_NEW_2031", type);
        assertFalse(unknown.isKnown());
        assertEquals("\"SOMETHING_NEW_2031\"", Json.write(unknown));
        assertThrows(IllegalArgumentException.class, () -> of.apply(null));
    }

    @Test
    void eventActionDeclaresEverySpecValue() {
        assertEquals(45, NotificationEventAction.values().size(), "the 44 values of v3.14.0 (\"\" included) and one removed");
        assertEquals(30, EntityType.values().size());
        assertEquals(27, Partner.values().size());
        assertEquals(5, AuditingEventPriority.values().size());
        assertEquals(9, NotificationChannel.values().size());
    }

    @Test
    void emptyForEveryEnumFieldOfAnEventDecodesToTheEmptyConstants() {
        String json = "{\"action\":\"\",\"channels\":[\"\"],\"createdBy\":{\"entityType\":\"\"},\"entityType\":\"\","
                + "\"eventStatus\":\"\",\"partner\":\"\",\"priority\":\"\",\"trackEvents\":[{\"action\":\"\"}]}";
        NotificationEvent e = Json.decode(json.getBytes(), NotificationEvent.class, "event");
        assertSame(NotificationEventAction.EMPTY, e.action());
        assertSame(NotificationChannel.EMPTY, e.channels().get(0));
        assertSame(EntityType.EMPTY, e.createdBy().entityType());
        assertSame(EntityType.EMPTY, e.entityType());
        assertSame(NotificationEventStatus.EMPTY, e.eventStatus());
        assertSame(Partner.EMPTY, e.partner());
        assertSame(AuditingEventPriority.EMPTY, e.priority());
        assertSame(TrackEventActionType.EMPTY, e.trackEvents().get(0).action());
        NotificationMessageInfo info = Json.decode("{\"action\":\"\"}".getBytes(), NotificationMessageInfo.class, "info");
        assertSame(NotificationEventAction.EMPTY, info.action());
    }

    @Test
    void modelsAreImmutable() {
        NotificationEvent e = page().notificationEvents().get(0);
        assertThrows(UnsupportedOperationException.class, () -> e.channels().add(NotificationChannel.SMS));
        assertThrows(UnsupportedOperationException.class, () -> e.customFields().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> e.extra().put("x", 1));
    }
}
