package dev.switchboard.notifications.suger;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding and re-encoding Suger's models: every field typed, nothing lost (the models are views over their JSON),
 * enums open, a mistyped field failing only its accessor (SG-1, SG-2, SG-3).
 */
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
        LastModifiedBy by = e.createdBy();
        assertEquals("", by.email());
        assertEquals("apiclient-3f9a", by.entityId());
        assertSame(EntityType.API_CLIENT, by.entityType());
        assertEquals("renewal-scheduler", by.name());
        assertEquals(new LastModifiedBy(JsonObject.of("email", "", "entityId", "apiclient-3f9a", "entityType", "API_CLIENT",
                "name", "renewal-scheduler")), by, "models are equal when their JSON is");
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
        assertEquals(List.of(new TrackEvent(JsonObject.of("action", "OPEN_EMAIL", "contactId", "c-procurement-07",
                "timestamp", "2024-07-29T16:02:11Z"))), e.trackEvents());
        TrackEvent open = e.trackEvents().get(0);
        assertSame(TrackEventActionType.OPEN_EMAIL, open.action());
        assertEquals("c-procurement-07", open.contactId());
        assertEquals(Instant.parse("2024-07-29T16:02:11Z"), open.timestamp());
        assertEquals(24, e.json().size(), "the 24 fields of the spec, nothing else");
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
        assertEquals("https://app.suger.io/q/77", e.trackEvents().get(0).json().get("url"));
        assertEquals("ADMIN", e.createdBy().json().get("role"));
        assertEquals("wfx-9001", e.json().get("workflowExecutionID"));
        assertEquals(List.of("renewal", 2024), e.json().get("tags"));
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
        assertEquals("QUEUED", drift.json().get("deliveryState"));
        assertEquals(Fixture.compact(name), Json.write(p));

        String one = "suger/notification-message.json";
        assertEquals(Fixture.compact(one), Json.write(Json.decode(Fixture.bytes(one), NotificationMessage.class, "fixture")));
    }

    @Test
    void timesAreReadInAnyOffsetAndWrittenBackExactlyAsSent() {
        String sent = "{\"timestamp\":\"2024-07-29T17:51:28.071+02:00\",\"lastUpdateTime\":\"2024-07-29T15:52:03.500000Z\","
                + "\"trackEvents\":[{\"timestamp\":\"2024-07-29T16:02:11.000Z\"}]}";
        NotificationEvent e = Json.decode(sent.getBytes(), NotificationEvent.class, "event");
        assertEquals(Instant.parse("2024-07-29T15:51:28.071Z"), e.timestamp());
        assertEquals(Instant.parse("2024-07-29T15:52:03.5Z"), e.lastUpdateTime());
        assertEquals(Instant.parse("2024-07-29T16:02:11Z"), e.trackEvents().get(0).timestamp());
        assertEquals(sent, Json.write(e), "no re-formatting to Go's layout or to UTC");
        String message = "{\"creationTime\":\"2024-07-29T15:51:30.250+00:00\"}";
        assertEquals(message, Json.write(Json.decode(message.getBytes(), NotificationMessage.class, "message")));
    }

    @Test
    void absentFieldsStayAbsentAndNullsStayNull() {
        NotificationEvent e = Json.decode("{\"eventID\":\"e1\",\"createdBy\":null}".getBytes(), NotificationEvent.class,
                "event");
        assertEquals("{\"eventID\":\"e1\",\"createdBy\":null}", Json.write(e));
        assertNull(e.createdBy());
        assertNull(e.action());
        assertTrue(e.json().containsKey("createdBy"));
        assertFalse(e.json().containsKey("action"));

        String info = "{\"id\":\"m1\",\"info\":{\"subject\":\"Hi\",\"ccRecipients\":null}}";
        NotificationMessage m = Json.decode(info.getBytes(), NotificationMessage.class, "message");
        assertEquals(info, Json.write(m), "info's absent fields are not written as null");
        assertEquals("Hi", m.info().subject());
        assertNull(m.info().ccRecipients());
        assertNull(m.info().htmlContent());
        assertFalse(m.info().json().containsKey("htmlContent"));
    }

    @Test
    void aMistypedFieldFailsOnlyItsAccessorNamingThePathAndIsWrittenBackAsSent() {
        String sent = "{\"notificationEvents\":[{\"eventID\":\"e1\",\"timestamp\":\"soon\",\"isActionItem\":\"maybe\","
                + "\"channels\":[\"EMAIL\",true],\"trackEvents\":[{\"action\":\"OPEN_EMAIL\"},{\"action\":{\"x\":1}}],"
                + "\"customFields\":[1,2]}],\"nextOffset\":\"later\",\"totalCount\":12345678901234567890123}";
        ListNotificationEventsResponse page = Json.decode(sent.getBytes(), ListNotificationEventsResponse.class, "page");
        assertEquals(sent, Json.write(page));
        NotificationEvent e = page.notificationEvents().get(0);
        assertEquals("e1", e.eventId(), "the record decodes; its other fields work");
        assertPath("$.notificationEvents[0].timestamp", "epoch seconds or an ISO-8601 timestamp, was a string",
                assertThrows(DecodeException.class, e::timestamp));
        assertPath("$.notificationEvents[0].isActionItem", "expected a boolean, was a string",
                assertThrows(DecodeException.class, e::actionItem));
        assertSame(NotificationChannel.EMAIL, e.channels().get(0));
        assertPath("$.notificationEvents[0].channels[1]", "was a boolean",
                assertThrows(DecodeException.class, () -> e.channels().get(1)));
        assertSame(TrackEventActionType.OPEN_EMAIL, e.trackEvents().get(0).action());
        assertPath("$.notificationEvents[0].trackEvents[1].action", "expected a string, was an object",
                assertThrows(DecodeException.class, () -> e.trackEvents().get(1).action()));
        assertPath("$.notificationEvents[0].customFields", "expected an object, was an array",
                assertThrows(DecodeException.class, e::customFields));
        assertPath("$.nextOffset", "expected a 64-bit integer, was a string",
                assertThrows(DecodeException.class, page::nextOffset));
        assertPath("$.totalCount", "expected a 64-bit integer, was an integer",
                assertThrows(DecodeException.class, page::totalCount));
        assertThrows(DecodeException.class, page::validate);
    }

    private static void assertPath(String path, String says, DecodeException e) {
        assertTrue(e.getMessage().contains("path " + path), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
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
        assertThrows(UnsupportedOperationException.class, () -> e.json().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> e.trackEvents().clear());
    }
}
