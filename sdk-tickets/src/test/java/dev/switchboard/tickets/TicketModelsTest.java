package dev.switchboard.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.TestJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketModelsTest {
    private static <T> T decode(String json, Class<T> type) {
        return Json.decode(json.getBytes(StandardCharsets.UTF_8), type, "fixture");
    }

    private static void assertRoundTrip(String json, Class<?> type) {
        assertEquals(TestJson.parse(json), TestJson.parse(Json.write(decode(json, type))));
    }

    @Test
    void readsAssigneeIdsFromStringsOrNumbersAndTimestampsPast2038() {
        Ticket t = decode("{\"type\":\"ticket\",\"id\":\"1\",\"admin_assignee_id\":991268013,\"team_assignee_id\":\"0\","
                + "\"created_at\":4102444800,\"updated_at\":\"2100-01-01T00:00:01Z\",\"snoozed_until\":null}", Ticket.class);
        assertEquals("991268013", t.adminAssigneeId());
        assertEquals("0", t.teamAssigneeId());
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), t.createdAt());
        assertEquals(Instant.parse("2100-01-01T00:00:01Z"), t.updatedAt());
    }

    @Test
    void keepsTicketAttributeTypes() {
        String json = "{\"type\":\"ticket\",\"id\":\"1\",\"ticket_attributes\":{\"_default_title_\":\"t\",\"score\":3,\"big\":9007199254740993,"
                + "\"ratio\":1.50,\"urgent\":false,\"none\":null,\"tags\":[\"a\",2]}}";
        Ticket t = decode(json, Ticket.class);
        assertEquals(Boolean.FALSE, t.ticketAttributes().get("urgent"));
        assertEquals(new BigDecimal("1.50"), t.ticketAttributes().get("ratio"));
        assertEquals(9007199254740993L, t.ticketAttributes().get("big"));
        assertTrue(t.ticketAttributes().containsKey("none"));
        assertRoundTrip(json, Ticket.class);
        assertTrue(Json.write(t).contains("\"ratio\":1.50"));
    }

    @Test
    void readsBothShapesOfUpdatedAttributeData() {
        String single = "{\"type\":\"ticket_part\",\"id\":\"9\",\"part_type\":\"ticket_attribute_updated_by_admin\",\"updated_attribute_data\":"
                + "{\"attribute\":{\"type\":\"attribute\",\"id\":\"10\",\"label\":\"Photo\"},\"value\":{\"type\":\"value\",\"id\":\"a-1\",\"label\":\"Photo 1\"}}}";
        String multi = "{\"type\":\"ticket_part\",\"id\":\"10\",\"updated_attribute_data\":{\"attribute\":{\"type\":\"attribute\",\"id\":\"11\","
                + "\"label\":\"Tags\"},\"value\":{\"type\":\"value\",\"id\":[123,456],\"label\":[\"VIP\",\"Beta\"]}}}";
        String cleared = "{\"type\":\"ticket_part\",\"id\":\"11\",\"updated_attribute_data\":{\"attribute\":{\"type\":\"attribute\",\"id\":\"12\","
                + "\"label\":\"Owner\"},\"value\":{\"type\":\"value\",\"id\":null,\"label\":\"\"}}}";
        UpdatedAttributeData.Value one = decode(single, TicketPart.class).attributeChange().orElseThrow().value();
        assertEquals(Optional.of("a-1"), one.singleId());
        assertEquals(List.of("Photo 1"), one.labels());
        assertEquals(List.of(), one.ids());
        UpdatedAttributeData.Value many = decode(multi, TicketPart.class).updatedAttributeData().value();
        assertEquals(List.of(123L, 456L), many.ids());
        assertEquals(List.of("VIP", "Beta"), many.labels());
        assertEquals(Optional.empty(), many.singleId());
        assertEquals(Optional.empty(), decode(cleared, TicketPart.class).updatedAttributeData().value().singleId());
        for (String json : List.of(single, multi, cleared)) {
            assertRoundTrip(json, TicketPart.class);
        }
    }

    @Test
    void keepsUnknownFieldsAndEnumValues() {
        String json = "{\"type\":\"ticket\",\"id\":\"1\",\"category\":\"Escalation\",\"brand_new_field\":{\"x\":[1,true]},"
                + "\"ticket_state\":{\"type\":\"ticket_state\",\"id\":\"2\",\"category\":\"on_hold\",\"new_label\":\"x\"}}";
        Ticket t = decode(json, Ticket.class);
        assertFalse(t.category().isKnown());
        assertEquals("Escalation", t.category().value());
        assertEquals("on_hold", t.ticketState().category().value());
        assertRoundTrip(json, Ticket.class);
        Job job = decode("{\"type\":\"job\",\"id\":\"5\",\"status\":\"in_progress\",\"resource_id\":null,\"resource_url\":null}", Job.class);
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertFalse(job.isFinished());
        assertFalse(decode("{\"id\":\"5\",\"status\":\"queued\"}", Job.class).isFinished());
    }

    @Test
    void linkedObjectCategoriesKeepNullAbsentAndValue() {
        String json = "{\"type\":\"ticket\",\"id\":\"1\",\"linked_objects\":{\"type\":\"list\",\"total_count\":3,\"has_more\":false,"
                + "\"data\":[{\"type\":\"conversation\",\"id\":\"7\",\"category\":null},{\"type\":\"ticket\",\"id\":\"8\",\"category\":\"Tracker\"},"
                + "{\"type\":\"ticket\",\"id\":\"9\"}]}}";
        assertRoundTrip(json, Ticket.class);
        assertEquals(Optional.of("Tracker"), decode(json, Ticket.class).linkedObjects().data().get(1).categoryValue());
    }

    @Test
    void readsPartAuthorsWithAiFlags() {
        TicketPart p = decode("{\"type\":\"ticket_part\",\"id\":\"1\",\"author\":{\"type\":\"bot\",\"id\":\"7\",\"name\":\"Fin\","
                + "\"from_ai_agent\":true,\"is_ai_answer\":false},\"attachments\":[{\"type\":\"upload\",\"name\":\"a.png\","
                + "\"url\":\"https://x/a.png\",\"content_type\":\"image/png\",\"filesize\":12,\"width\":1,\"height\":2}]}", TicketPart.class);
        assertTrue(p.author().sentByAiAgent());
        assertEquals(12L, p.attachments().get(0).filesize());
    }

    @Test
    void attributeListsReadBothKeys() {
        AttributeList schema = decode("{\"type\":\"ticket_type_attributes.list\",\"ticket_type_attributes\":[{\"id\":\"1\"}]}", AttributeList.class);
        AttributeList observed = decode("{\"type\":\"list\",\"data\":[{\"id\":\"2\"},{\"id\":\"3\"}]}", AttributeList.class);
        assertEquals(1, schema.attributes().size());
        assertEquals(2, observed.attributes().size());
        assertRoundTrip("{\"type\":\"list\",\"data\":[{\"id\":\"2\",\"input_options\":null}]}", AttributeList.class);
    }

    @Test
    void aContactsQuickReplyAnswerIsReadUnderEitherKeyAndNeedNotBeAUuid() {
        assertEquals(Optional.of("1448547007"), decode("{\"part_type\":\"quick_reply\",\"quick_reply_option_uuid\":\"1448547007\"}",
                TicketPart.class).quickReplyOptionId());
        assertEquals(Optional.of("8b2f"), decode("{\"part_type\":\"quick_reply\",\"quick_reply_uuid\":\"8b2f\"}",
                TicketPart.class).quickReplyOptionId());
        assertEquals(Optional.empty(), decode("{\"part_type\":\"comment\"}", TicketPart.class).quickReplyOptionId());
    }
}
