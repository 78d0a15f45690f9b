package dev.switchboard.conversations.intercom;

import static dev.switchboard.conversations.intercom.IntercomTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.decode;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.fixture;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.reencoded;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding and re-encoding of the response models: nothing is lost, types are kept, a mistyped field fails alone. */
class ModelDecodingTest {

    /** Asserts that the model is written back byte for byte as the document (compact, in its key order). */
    private static void assertExact(String json, Class<?> type) {
        String compact = Json.write(Json.object(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "fixture"));
        assertEquals(compact, Json.write(decode(compact, type)), () -> type.getSimpleName() + " changed the bytes");
    }

    @Test
    void richConversationRoundTripsLosslessly() {
        assertLossless(fixture("conversation.json"), Conversation.class);
        assertExact(fixture("conversation.json"), Conversation.class);
    }

    @Test
    void callAndMessageRoundTripLosslessly() {
        assertLossless(fixture("call.json"), Call.class);
        assertLossless(fixture("message.json"), Message.class);
        assertExact(fixture("call.json"), Call.class);
        assertExact(fixture("message.json"), Message.class);
    }

    @Test
    void conversationListItemRoundTripsWithoutParts() {
        com.fasterxml.jackson.databind.node.ObjectNode item = (com.fasterxml.jackson.databind.node.ObjectNode)
                tree(fixture("conversation.json"));
        item.remove("conversation_parts");
        assertLossless(item.toString(), ConversationListItem.class);
    }

    @Test
    void customAttributesKeepTheirJsonTypes() {
        // Official SDK defect IC-21: booleans, floats and longs came back as strings.
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        Map<String, Object> attrs = c.customAttributes();
        assertEquals(Boolean.TRUE, attrs.get("vip"));
        assertEquals(new BigDecimal("0.1"), attrs.get("score"));
        assertEquals(new BigDecimal("2.50"), attrs.get("ratio"), "decimals keep their scale");
        assertEquals(9007199254740993L, attrs.get("order_total_cents"));
        assertEquals(7, attrs.get("small"));
        assertEquals("web", attrs.get("channel"));
        assertTrue(attrs.containsKey("notes"));
        assertNull(attrs.get("notes"));
        assertInstanceOf(Map.class, attrs.get("order"));
        JsonNode written = reencoded(c).path("custom_attributes");
        assertTrue(written.path("vip").isBoolean());
        assertEquals("0.1", written.path("score").asText());
        assertEquals("2.50", written.path("ratio").decimalValue().toPlainString());
        assertEquals(new BigInteger("9007199254740993"), written.path("order_total_cents").bigIntegerValue());
        assertTrue(written.path("channel").isTextual());
        assertTrue(written.has("notes") && written.path("notes").isNull());
    }

    @Test
    void timestampsAfter2038AreRead() {
        // Official SDK defect IC-19: 32-bit timestamps failed on 4102444800 (2100-01-01).
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), c.updatedAt());
        assertEquals(Instant.parse("2100-01-01T01:00:00Z"), c.snoozedUntil());
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), c.aiAgent().updatedAt());
        Call call = decode(fixture("call.json"), Call.class);
        assertEquals(4102444800L, call.endedAt().getEpochSecond());
        assertEquals(4102444800L, reencoded(call).path("ended_at").asLong());
    }

    @Test
    void callDatetimesAcceptIsoStringsAndEpochIntegersAndWriteThemBackAsSent() {
        // Call times are Intercom's `datetime`: oneOf ISO-8601 string or integer (IC-20 picked the wrong variant).
        // The old serializers wrote every one of them back as epoch seconds.
        String json = "{\"type\":\"call\",\"id\":\"1\",\"initiated_at\":\"2026-01-01T00:00:00Z\","
                + "\"answered_at\":\"2026-01-01T00:00:05+01:00\",\"ended_at\":1767225660,\"created_at\":\"1767225600\","
                + "\"updated_at\":\"2026-01-01T00:01:00.250Z\"}";
        Call call = decode(json, Call.class);
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), call.initiatedAt());
        assertEquals(Instant.parse("2025-12-31T23:00:05Z"), call.answeredAt());
        assertEquals(Instant.parse("2026-01-01T00:01:00Z"), call.endedAt());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), call.createdAt());
        assertEquals(Instant.parse("2026-01-01T00:01:00.250Z"), call.updatedAt());
        assertEquals(json, Json.write(call), "each timestamp is written back exactly as it was sent");
        JsonNode written = reencoded(call);
        assertTrue(written.path("initiated_at").isTextual(), "an ISO string stays a string");
        assertEquals("2026-01-01T00:00:05+01:00", written.path("answered_at").asText(), "offsets are kept");
        assertTrue(written.path("ended_at").isIntegralNumber(), "epoch seconds stay a number");
        assertTrue(written.path("created_at").isTextual(), "a numeric string stays a string");
    }

    @Test
    void assigneeIdsAreReadAsTheirDigitsAndWrittenBackAsTheyCame() {
        String numbers = "{\"id\":\"1\",\"admin_assignee_id\":991267715,\"team_assignee_id\":5017691}";
        ConversationListItem fromNumbers = decode(numbers, ConversationListItem.class);
        assertEquals("991267715", fromNumbers.adminAssigneeId());
        assertEquals("5017691", fromNumbers.teamAssigneeId());
        assertEquals(numbers, Json.write(fromNumbers), "integers on the wire are written back as integers");
        assertTrue(reencoded(fromNumbers).path("admin_assignee_id").isIntegralNumber());

        String strings = "{\"id\":\"1\",\"admin_assignee_id\":\"991267715\",\"team_assignee_id\":\"5017691\"}";
        ConversationListItem fromStrings = decode(strings, ConversationListItem.class);
        assertEquals("991267715", fromStrings.adminAssigneeId());
        assertEquals("5017691", fromStrings.teamAssigneeId());
        assertEquals(strings, Json.write(fromStrings), "strings stay strings");

        // An id beyond 64 bits is still read, as its digits, and written back as the same integer.
        String huge = "{\"admin_assignee_id\":1180591620717411303424}";
        Conversation big = decode(huge, Conversation.class);
        assertEquals("1180591620717411303424", big.adminAssigneeId());
        assertEquals(huge, Json.write(big));
    }

    @Test
    void unassignedConversationsWriteTheirNullsBack() {
        ConversationListItem c = decode("{\"id\":\"1\",\"admin_assignee_id\":null,\"team_assignee_id\":null}",
                ConversationListItem.class);
        assertNull(c.adminAssigneeId());
        assertTrue(reencoded(c).path("admin_assignee_id").isNull());
        assertEquals("{\"id\":\"1\",\"admin_assignee_id\":null,\"team_assignee_id\":null}", Json.write(c));
    }

    @Test
    void aHalfSecondMedianReplyTimeIsKept() {
        String json = "{\"statistics\":{\"type\":\"conversation_statistics\",\"median_time_to_reply\":601.5,"
                + "\"time_to_admin_reply\":120}}";
        Conversation c = decode(json, Conversation.class);
        assertEquals(new BigDecimal("601.5"), c.statistics().medianTimeToReply());
        assertEquals(120L, c.statistics().timeToAdminReply());
        assertEquals(json, Json.write(c));
        assertEquals(new BigDecimal("601.50"), decode("{\"median_time_to_reply\":601.50}", ConversationStatistics.class)
                .medianTimeToReply(), "the scale is kept too");
    }

    @Test
    void explicitNullsAreKeptAndAbsentFieldsStayAbsent() {
        String conversation = "{\"type\":\"conversation\",\"id\":\"9\",\"title\":null,\"snoozed_until\":null,"
                + "\"contacts\":{\"type\":\"contact.list\",\"contacts\":[{\"type\":\"contact\",\"id\":\"c1\","
                + "\"external_id\":null},{\"type\":\"contact\",\"id\":\"c2\"}]},"
                + "\"conversation_parts\":{\"type\":\"conversation_part.list\",\"conversation_parts\":["
                + "{\"type\":\"conversation_part\",\"id\":\"1\",\"part_type\":\"close\",\"body\":null},"
                + "{\"type\":\"conversation_part\",\"id\":\"2\",\"part_type\":\"open\"}]}}";
        Conversation c = decode(conversation, Conversation.class);
        assertNull(c.snoozedUntil());
        assertTrue(c.json().containsKey("snoozed_until"));
        assertNull(c.contacts().contacts().get(0).externalId());
        assertTrue(c.contacts().contacts().get(0).json().containsKey("external_id"));
        assertFalse(c.contacts().contacts().get(1).json().containsKey("external_id"));
        assertNull(c.parts().get(0).body());
        assertTrue(c.parts().get(0).json().isNull("body"));
        assertNull(c.slaApplied());
        assertNull(c.aiAgent());
        assertEquals(conversation, Json.write(c), "nulls written as null; sla_applied, ai_agent and waiting_since not added");

        // A listed item of a deleted conversation carries no title at all: none is added.
        String deleted = "{\"type\":\"conversation\",\"id\":\"10\",\"deleted\":true}";
        ConversationListItem item = decode(deleted, ConversationListItem.class);
        assertNull(item.title());
        assertEquals(deleted, Json.write(item));

        String call = "{\"type\":\"call\",\"id\":\"1\",\"answered_at\":null,\"ended_reason\":null}";
        Call unanswered = decode(call, Call.class);
        assertNull(unanswered.answeredAt());
        assertEquals(call, Json.write(unanswered));
    }

    @Test
    void aMistypedFieldFailsOnlyItsAccessorNamingThePath() {
        String json = "{\"type\":\"conversation\",\"id\":\"5\",\"created_at\":\"soon\",\"open\":true,"
                + "\"tags\":{\"type\":\"tag.list\",\"tags\":[{\"type\":\"tag\",\"id\":\"1\"},7]},"
                + "\"statistics\":{\"count_reopens\":\"two\"}}";
        Conversation c = decode(json, Conversation.class);
        assertEquals("5", c.id(), "the record decodes; its other fields work");
        assertEquals(Boolean.TRUE, c.open());
        DecodeException created = assertThrows(DecodeException.class, c::createdAt);
        assertTrue(created.getMessage().contains("path $.created_at"), created.getMessage());
        assertTrue(created.getMessage().contains("expected epoch seconds or an ISO-8601 timestamp, was a string"),
                created.getMessage());
        assertFalse(created.getMessage().contains("soon"), "the payload is not quoted: " + created.getMessage());
        assertEquals("1", c.tags().tags().get(0).id());
        DecodeException tag = assertThrows(DecodeException.class, () -> c.tags().tags().get(1));
        assertTrue(tag.getMessage().contains("path $.tags.tags[1]"), tag.getMessage());
        DecodeException reopens = assertThrows(DecodeException.class, () -> c.statistics().countReopens());
        assertTrue(reopens.getMessage().contains("path $.statistics.count_reopens"), reopens.getMessage());
        assertThrows(DecodeException.class, c::validate);
        assertEquals(json, Json.write(c), "the mistyped values are written back as sent");
    }

    @Test
    void unknownFieldsAndEnumValuesAreKept() {
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        assertEquals("paused", c.state().value());
        assertFalse(c.state().isKnown());
        assertSame(ConversationPriority.PRIORITY, c.priority());
        assertEquals("fin_voice", c.aiAgent().sourceType().value());
        assertFalse(c.aiAgent().sourceType().isKnown());
        assertSame(AiAnswerType.AI_ANSWER, c.aiAgent().lastAnswerType());
        assertSame(AiResolutionState.CONFIRMED_RESOLUTION, c.aiAgent().resolutionState());
        assertEquals(Map.of("nested", java.util.Arrays.asList(true, null)), c.json().get("future_field"));
        assertTrue(c.json().containsKey("ticket"));
        assertEquals(List.of(1, new BigDecimal("2.5"), "x"), c.parts().get(3).json().get("future_part_field"));
        assertEquals("kept", c.parts().get(4).author().json().get("future_author_field"));
        assertEquals(Map.of("id", "q1", "name", "Support line"), decode(fixture("call.json"), Call.class).json().get("queue"));
    }

    @Test
    void partsCarryAiAgentAuthorsAndQuickReplyMetadata() {
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        List<ConversationPart> parts = c.parts();
        assertEquals(5, parts.size());
        assertTrue(parts.get(0).fromAiAgent());
        assertEquals(Boolean.TRUE, parts.get(0).author().isAiAnswer());
        assertEquals(Boolean.FALSE, parts.get(1).author().isAiAnswer());
        assertFalse(parts.get(2).fromAiAgent());
        List<QuickReplyOption> options = parts.get(1).quickReplyOptions();
        assertEquals(List.of("Yes", "No"), options.stream().map(QuickReplyOption::text).toList());
        assertEquals(Map.of("en", "Yes", "fr", "Oui"), options.get(0).translations());
        assertNull(options.get(1).translations());
        assertEquals("a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb", parts.get(2).metadata().quickReplyUuid());
        assertEquals("9", parts.get(1).tags().get(0).id());
        assertEquals("team", parts.get(4).assignedTo().type());
        assertEquals("5017691", parts.get(4).assignedTo().id());
        assertEquals(JsonObject.of("type", "team", "id", "5017691"), parts.get(4).assignedTo().json());
        assertSame(ConversationState.SNOOZED, parts.get(4).state());
    }

    @Test
    void aContactsQuickReplyChoiceIsReadUnderTheChangelogsKeyToo() {
        assertEquals("1448547007", new ConversationPartMetadata(JsonObject.of("quick_reply_option_uuid", "1448547007"))
                .quickReplyUuid());
        assertEquals("1448547007", new ConversationPartMetadata(JsonObject.of("quick_reply_option_uuid", 1448547007L))
                .quickReplyUuid());
        assertEquals("a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb", new ConversationPartMetadata(JsonObject.of(
                "quick_reply_uuid", "a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb", "quick_reply_option_uuid", "1")).quickReplyUuid(),
                "the spec's key wins when both are sent");
        assertNull(new ConversationPartMetadata(JsonObject.of()).quickReplyUuid());
        assertThrows(dev.switchboard.core.DecodeException.class,
                () -> new ConversationPartMetadata(JsonObject.of("quick_reply_option_uuid", true)).quickReplyUuid());
        assertEquals("1448547007", new QuickReplyOption(JsonObject.of("text", "oui", "uuid", 1448547007L)).uuid());
    }

    @Test
    void eventDetailsKeepsNullAbsentAndValueApart() {
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        JsonNode parts = reencoded(c).path("conversation_parts").path("conversation_parts");
        assertTrue(parts.path(0).has("event_details") && parts.path(0).path("event_details").isNull());
        assertFalse(parts.path(2).has("event_details"));
        assertEquals("Jira Create Issue", parts.path(3).path("event_details").path("action").path("name").asText());
        assertTrue(c.parts().get(0).eventDetails().isEmpty());
        assertTrue(c.parts().get(2).eventDetails().isEmpty());
        assertEquals(Map.of("action", Map.of("name", "Jira Create Issue", "result", "success")),
                c.parts().get(3).eventDetails().orElseThrow());
    }

    @Test
    void newTwoFourteenFieldsAreTyped() {
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        assertEquals(Instant.ofEpochSecond(1767229260), c.conversationRating().updatedAt());
        assertEquals(Instant.ofEpochSecond(1767229200), c.aiAgent().createdAt());
        assertEquals(1, c.aiAgent().contentSources().contentSources().size());
        assertEquals(120L, c.statistics().assignedTeamFirstResponseTime().get(0).responseTime());
        assertEquals("active", c.slaApplied().slaStatus());
        assertEquals("7583", c.linkedObjects().data().get(0).id());
        assertEquals(2048L, c.source().attachments().get(0).filesize());
    }

    @Test
    void messageTypeAcceptsInappAndInApp() {
        Message inapp = decode("{\"type\":\"user_message\",\"id\":\"1\",\"message_type\":\"inapp\"}", Message.class);
        Message inApp = decode("{\"type\":\"user_message\",\"id\":\"1\",\"message_type\":\"in_app\"}", Message.class);
        Message other = decode("{\"type\":\"user_message\",\"id\":\"1\",\"message_type\":\"whatsapp\"}", Message.class);
        assertSame(MessageType.INAPP, inapp.messageType());
        assertSame(MessageType.IN_APP, inApp.messageType());
        assertTrue(inapp.messageType().isInApp());
        assertTrue(inApp.messageType().isInApp());
        assertFalse(other.messageType().isKnown());
        assertFalse(other.messageType().isInApp());
        assertEquals("in_app", reencoded(inApp).path("message_type").asText(), "kept as sent");
        assertEquals("whatsapp", reencoded(other).path("message_type").asText());
    }

    @Test
    void emptyEnumValuesAreRepresentable() {
        ConversationListItem c = decode("{\"state\":\"\",\"priority\":\"\"}", ConversationListItem.class);
        assertEquals("", c.state().value());
        assertEquals("", c.priority().value());
        JsonNode written = reencoded(c);
        assertEquals("", written.path("state").asText());
        assertTrue(written.path("priority").isTextual());
    }

    @Test
    void searchedCallsCarryTranscripts() {
        Call withText = decode("{\"type\":\"call\",\"id\":\"1\",\"transcript\":[{\"speaker\":\"User\",\"text\":\"hi\"}],"
                + "\"transcript_status\":\"completed\"}", Call.class);
        Call none = decode("{\"type\":\"call\",\"id\":\"2\",\"transcript\":[{}],\"transcript_status\":\"completed\"}", Call.class);
        Call plain = decode(fixture("call.json"), Call.class);
        assertTrue(withText.hasTranscript());
        assertFalse(none.hasTranscript());
        assertFalse(plain.hasTranscript());
        assertNull(plain.transcript());
        assertEquals(tree("[{}]"), reencoded(none).path("transcript"), "[{}] is kept as sent");
        assertEquals("hi", withText.transcript().get(0).get("text"));
        Call mistyped = decode("{\"transcript\":[{},\"x\"]}", Call.class);
        DecodeException e = assertThrows(DecodeException.class, mistyped::hasTranscript);
        assertTrue(e.getMessage().contains("path $.transcript[1]"), e.getMessage());
    }

    @Test
    void modelsAreImmutable() {
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> c.customAttributes().put("x", 1));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> c.parts().clear());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> c.json().clear());
    }
}
