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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding and re-encoding of the response models: nothing is lost, types are kept. */
class ModelDecodingTest {

    @Test
    void richConversationRoundTripsLosslessly() {
        assertLossless(fixture("conversation.json"), Conversation.class);
    }

    @Test
    void callAndMessageRoundTripLosslessly() {
        assertLossless(fixture("call.json"), Call.class);
        assertLossless(fixture("message.json"), Message.class);
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
    void callDatetimesAcceptIsoStringsAndEpochIntegers() {
        // Call times are Intercom's `datetime`: oneOf ISO-8601 string or integer (IC-20 picked the wrong variant).
        Call call = decode("{\"type\":\"call\",\"id\":\"1\",\"initiated_at\":\"2026-01-01T00:00:00Z\","
                + "\"answered_at\":\"2026-01-01T00:00:05+01:00\",\"ended_at\":1767225660,\"created_at\":\"1767225600\"}",
                Call.class);
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), call.initiatedAt());
        assertEquals(Instant.parse("2025-12-31T23:00:05Z"), call.answeredAt());
        assertEquals(Instant.parse("2026-01-01T00:01:00Z"), call.endedAt());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), call.createdAt());
        JsonNode written = reencoded(call);
        assertEquals(1767225600L, written.path("initiated_at").asLong(), "written back as epoch seconds");
        assertTrue(written.path("initiated_at").isIntegralNumber());
    }

    @Test
    void assigneeIdsAreReadFromNumbersAndNumericStrings() {
        ConversationListItem fromNumbers = decode("{\"id\":\"1\",\"admin_assignee_id\":991267715,\"team_assignee_id\":5017691}",
                ConversationListItem.class);
        ConversationListItem fromStrings = decode("{\"id\":\"1\",\"admin_assignee_id\":\"991267715\","
                + "\"team_assignee_id\":\"5017691\"}", ConversationListItem.class);
        assertEquals(991267715L, fromNumbers.adminAssigneeId());
        assertEquals(5017691L, fromNumbers.teamAssigneeId());
        assertEquals(991267715L, fromStrings.adminAssigneeId());
        assertEquals(5017691L, fromStrings.teamAssigneeId());
        JsonNode written = reencoded(fromStrings);
        assertTrue(written.path("admin_assignee_id").isIntegralNumber(), "integers on the wire");
        Conversation big = decode("{\"admin_assignee_id\":\"9007199254740993\"}", Conversation.class);
        assertEquals(9007199254740993L, big.adminAssigneeId());
    }

    @Test
    void unassignedConversationsWriteTheirNullsBack() {
        ConversationListItem c = decode("{\"id\":\"1\",\"admin_assignee_id\":null,\"team_assignee_id\":null}",
                ConversationListItem.class);
        assertNull(c.adminAssigneeId());
        assertTrue(reencoded(c).path("admin_assignee_id").isNull());
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
        assertEquals(Map.of("nested", java.util.Arrays.asList(true, null)), c.extra().get("future_field"));
        assertTrue(c.extra().containsKey("ticket"));
        assertEquals(List.of(1, new BigDecimal("2.5"), "x"), c.parts().get(3).extra().get("future_part_field"));
        assertEquals("kept", c.parts().get(4).author().extra().get("future_author_field"));
        assertEquals(Map.of("id", "q1", "name", "Support line"), decode(fixture("call.json"), Call.class).extra().get("queue"));
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
        assertEquals(new Reference("team", "5017691", null), parts.get(4).assignedTo());
        assertSame(ConversationState.SNOOZED, parts.get(4).state());
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
    }

    @Test
    void modelsAreImmutable() {
        Conversation c = decode(fixture("conversation.json"), Conversation.class);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> c.customAttributes().put("x", 1));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> c.parts().clear());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> c.extra().clear());
    }
}
