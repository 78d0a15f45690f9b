package dev.switchboard.webhooks.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.conversations.intercom.contacts.ContactRole;
import dev.switchboard.core.json.Json;
import dev.switchboard.tickets.JobStatus;
import dev.switchboard.webhooks.TestFiles;
import dev.switchboard.webhooks.WebhookDecodeException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The notification envelope and {@code data.item}, typed by its type, for every fixture topic. */
class IntercomDecodeTest {
    private static final String SECRET = "client-secret-9c1f";
    private static final IntercomWebhooks HOOKS = IntercomWebhooks.builder().clientSecrets(SECRET).build();

    static IntercomNotification decode(String fixture) {
        byte[] body = TestFiles.resource("intercom/" + fixture + ".json");
        return HOOKS.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET));
    }

    static Stream<String> fixtures() {
        return TestFiles.resources("intercom");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void roundTripsAndKeepsTheRawItem(String resource) {
        byte[] body = TestFiles.resource(resource);
        IntercomNotification n = HOOKS.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET));
        TestFiles.assertSameJson(body, Json.toTree(n));
        assertEquals(Json.object(body, "fixture").getObject("data").getObject("item"), n.item().raw());
        assertEquals(new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+(?=([^\"]*\"[^\"]*\")*[^\"]*$)", ""),
                Json.write(n), "written back byte for byte, whitespace aside");
        String topic = resource.substring(resource.indexOf('/') + 1, resource.length() - ".json".length());
        assertEquals(topic, n.topic().value());
    }

    @Test
    void envelopeFields() {
        IntercomNotification n = decode("ticket.created");
        assertEquals("notification_event", n.type());
        assertEquals("q7w2e9rt", n.appId());
        assertEquals("notif_5d1e7a40-0b0a-4c9e-9f1e-3f2f6d1a0001", n.id());
        assertEquals("pending", n.deliveryStatus());
        assertEquals(1, n.deliveryAttempts());
        assertEquals(Instant.EPOCH, n.deliveredAt());
        assertEquals(Instant.ofEpochSecond(1767225600), n.firstSentAt());
        assertEquals(Instant.ofEpochSecond(1767225600), n.createdAt());
        assertNull(n.self());
        assertEquals(Map.of(), n.links());
        assertEquals("notification_event_data", n.data().type());
        assertTrue(n.topic().isKnown());
        assertEquals("ticket", n.topic().family());
    }

    @Test
    void ticketItem() {
        TicketItem t = assertInstanceOf(TicketItem.class, decode("ticket.created").item());
        assertEquals("ticket", t.type());
        assertEquals("642", t.ticket().id());
        assertEquals("Printer on fire", t.ticket().ticketAttributes().get("_default_title_"));
        assertEquals("991268013", t.ticket().adminAssigneeId());
        assertEquals(t.ticket(), t.model());
    }

    @Test
    void conversationOperatorRepliedPicksTheOperatorsPart() {
        IntercomNotification n = decode("conversation.operator.replied");
        assertEquals(IntercomTopic.CONVERSATION_OPERATOR_REPLIED, n.topic());
        ConversationItem c = n.item(ConversationItem.class).orElseThrow();
        assertEquals("215468", c.conversation().id());
        ConversationPart replying = n.replyingPart().orElseThrow();
        assertEquals("9002", replying.id());
        assertTrue(replying.fromAiAgent());
        assertEquals("9003", c.lastPart().orElseThrow().id(), "the most recent part is the assignment");
    }

    @Test
    void conversationOperatorRepliedAlsoAcceptsThePartAloneAsTheChangelogDescribes() {
        String part = "{\"type\":\"conversation_part\",\"id\":\"9002\",\"part_type\":\"comment\",\"body\":\"<p>Hi</p>\","
                + "\"created_at\":1663597260,\"author\":{\"type\":\"bot\",\"id\":\"991267820\",\"from_ai_agent\":true,"
                + "\"is_ai_answer\":true},\"unknown\":{\"kept\":[1]}}";
        byte[] body = IntercomDelivery.builder("conversation.operator.replied", "notif_p").itemJson(part).toBytes();
        IntercomNotification n = IntercomWebhooks.decodeWithoutVerification(body);
        ConversationPartItem item = assertInstanceOf(ConversationPartItem.class, n.item());
        assertEquals("conversation_part", item.type());
        assertEquals("9002", item.part().id());
        assertEquals(item.part(), item.model());
        ConversationPart replying = n.replyingPart().orElseThrow();
        assertEquals("9002", replying.id());
        assertTrue(replying.fromAiAgent());
        assertTrue(n.item(ConversationItem.class).isEmpty());
        TestFiles.assertSameJson(body, Json.toTree(n));
        byte[] notReply = IntercomDelivery.builder("conversation.admin.closed", "notif_q").itemJson(part).toBytes();
        assertTrue(IntercomWebhooks.decodeWithoutVerification(notReply).replyingPart().isEmpty(), "not a reply topic");
    }

    @Test
    void otherReplyTopicsPickTheLatestPart() {
        IntercomNotification n = decode("conversation.admin.replied");
        assertEquals("9004", n.replyingPart().orElseThrow().id());
        assertEquals(2, n.deliveryAttempts());
        assertTrue(decode("ticket.created").replyingPart().isEmpty());
    }

    @Test
    void jobItem() {
        JobItem j = assertInstanceOf(JobItem.class, decode("job.completed").item());
        assertEquals(JobStatus.SUCCESS, j.job().status());
        assertEquals("643", j.job().resourceId());
        assertTrue(j.job().isFinished());
    }

    @Test
    void callItem() {
        CallItem c = assertInstanceOf(CallItem.class, decode("call.ended").item());
        assertEquals("7731", c.call().id());
        assertEquals(Instant.ofEpochSecond(1767225400), c.call().endedAt());
        assertEquals("inbound", c.call().direction());
    }

    @Test
    void contactItem() {
        ContactItem c = assertInstanceOf(ContactItem.class, decode("contact.user.created").item());
        assertEquals("contact", c.type());
        assertEquals("6762f2dd1bb69f9f2193bc99", c.contact().id());
        assertEquals(ContactRole.USER, c.contact().role());
        assertEquals("new@example.com", c.contact().email());
        assertEquals("pro", c.contact().customAttributes().get("plan"));
        assertEquals(Instant.ofEpochSecond(1767225500), c.contact().createdAt());
        assertEquals(Optional.empty(), c.mergedFrom());
        assertSame(c.contact(), c.model());
        assertSame(c.contact().json(), c.raw());
    }

    @Test
    void anItemOfAnUnknownTypeIsRaw() {
        byte[] body = IntercomDelivery.builder("hologram.projected", "notif_h")
                .itemJson("{\"type\":\"hologram\",\"id\":\"h1\",\"depth\":{\"m\":2.50}}").toBytes();
        IntercomNotification n = IntercomWebhooks.decodeWithoutVerification(body);
        RawItem raw = assertInstanceOf(RawItem.class, n.item());
        assertEquals("hologram", raw.type());
        assertEquals("h1", raw.raw().get("id"));
        assertSame(raw.raw(), raw.model());
        assertFalse(n.topic().isKnown());
        TestFiles.assertSameJson(body, Json.toTree(n));
        RawItem untyped = assertInstanceOf(RawItem.class, IntercomWebhooks.decodeWithoutVerification(
                IntercomDelivery.builder("contact.user.created", "notif_u").itemJson("{\"id\":\"c1\"}").toBytes()).item());
        assertEquals("", untyped.type(), "an item without a type is raw whatever the topic");
    }

    @Test
    void pingHasNoIdAndRoundTripsItsNulls() {
        IntercomNotification ping = decode("ping");
        assertEquals(IntercomTopic.PING, ping.topic());
        assertNull(ping.id());
        assertNull(ping.deliveryStatus());
        PingItem item = assertInstanceOf(PingItem.class, ping.item());
        assertEquals("ping", item.type());
        assertEquals("something something interzen", item.message());
        assertEquals("ping", item.ping().type());
        assertSame(item.ping(), item.model());
        JsonNode written = Json.toTree(ping);
        assertTrue(written.has("id") && written.get("id").isNull());
        assertTrue(written.has("self") && written.get("self").isNull());
    }

    @Test
    void unknownTopicIsKept() {
        IntercomNotification n = decode("ticket.resolved");
        assertFalse(n.topic().isKnown());
        assertEquals("ticket.resolved", n.topic().value());
        assertInstanceOf(TicketItem.class, n.item());
    }

    @Test
    void knownTopicsIncludeThe214Additions() {
        assertTrue(IntercomTopic.knownValues().contains(IntercomTopic.of("conversation.operator.replied")));
        assertTrue(IntercomTopic.of("job.completed").isKnown());
        assertTrue(IntercomTopic.of("call.transcription_available").isKnown());
        assertTrue(IntercomTopic.of("ping").isKnown());
        assertEquals(90, IntercomTopic.knownValues().size());
    }

    @Test
    void anItemWithMistypedFieldsStaysTypedAndFailsOnlyThoseFields() {
        byte[] body = IntercomDelivery.builder("ticket.created", "notif_x")
                .itemJson("{\"type\":\"ticket\",\"id\":\"1\",\"open\":{\"nested\":true},\"created_at\":\"not a time\"}").toBytes();
        IntercomNotification n = IntercomWebhooks.decodeWithoutVerification(body);
        TicketItem t = assertInstanceOf(TicketItem.class, n.item());
        assertEquals("1", t.ticket().id());
        dev.switchboard.core.DecodeException open = assertThrows(dev.switchboard.core.DecodeException.class, t.ticket()::open);
        assertEquals("path $.data.item.open", open.location(), "the path is from the top of the delivery");
        assertThrows(dev.switchboard.core.DecodeException.class, t.ticket()::createdAt);
        TestFiles.assertSameJson(body, Json.toTree(n));
    }

    @Test
    void malformedNotifications() {
        for (String bad : new String[] {"[]", "{}", "{\"topic\":7,\"data\":{\"item\":{}}}", "{\"topic\":\"ping\"}",
            "{\"topic\":\"ping\",\"data\":{\"item\":\"ping\"}}", "{\"topic\":\"ping\",\"data\":[]}", "nope"}) {
            byte[] body = TestFiles.utf8(bad);
            assertThrows(WebhookDecodeException.class,
                    () -> HOOKS.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET)), bad);
        }
    }

    @Test
    void aMistypedEnvelopeFieldFailsOnlyItsAccessor() {
        byte[] body = TestFiles.utf8("{\"topic\":\"ping\",\"data\":{\"item\":{}},\"created_at\":\"yesterday\",\"delivery_attempts\":\"many\"}");
        IntercomNotification n = HOOKS.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET));
        assertEquals(IntercomTopic.PING, n.topic());
        assertEquals("path $.created_at", assertThrows(dev.switchboard.core.DecodeException.class, n::createdAt).location());
        assertThrows(dev.switchboard.core.DecodeException.class, n::deliveryAttempts);
        assertEquals("", n.item().type());
    }

    @Test
    void deliveryBuilderMakesRealisticBodies() {
        byte[] body = IntercomDelivery.ping("hello").toBytes();
        IntercomNotification n = HOOKS.verify(body, "X-Hub-Signature", IntercomWebhooks.sign(body, SECRET));
        assertEquals("hello", n.item().raw().get("message"));
        assertEquals("hello", assertInstanceOf(PingItem.class, n.item()).message());
        assertNull(n.id());
    }
}
