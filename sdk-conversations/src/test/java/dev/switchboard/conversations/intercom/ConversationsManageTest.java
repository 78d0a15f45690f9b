package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Create, delete, manage (close, snooze, open, assign), attach and detach contacts, redact and convert to a ticket,
 * against the stateful {@link FakeIntercom}: exact requests, exact decoding, Intercom's errors, and arguments refused
 * before anything is sent.
 */
class ConversationsManageTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final ManualClock clock = ManualClock.at(NOW);
    private final FakeIntercom fake = FakeIntercom.builder().clock(clock).conversations(6).calls(0).start();
    private final IntercomConnection connection = IntercomConnection.builder().accessToken(fake.token())
            .baseUrl(fake.baseUrl()).clock(clock).sleeper(new RecordingSleeper(clock)::sleep).build();
    private final ConversationsClient conversations = new ConversationsClient(connection);

    @AfterEach
    void close() {
        connection.close();
        fake.close();
    }

    private FakeRequest last() {
        List<FakeRequest> all = fake.requests();
        return all.get(all.size() - 1);
    }

    private void assertSent(String method, String target, String json) {
        FakeRequest r = last();
        assertEquals(method + " " + target, r.method() + " " + r.target());
        assertEquals("Bearer " + fake.token(), r.header("Authorization"));
        assertEquals("2.14", r.header("Intercom-Version"));
        if (json == null) {
            assertEquals("", r.bodyUtf8());
        } else if (json.startsWith("=")) {
            assertEquals(json.substring(1), r.bodyUtf8(), "body bytes, number scale included");
        } else {
            assertEquals(TestJson.write(TestJson.parse(json)), r.bodyUtf8(), "body (field order included)");
        }
    }

    private String contactOf(String conversationId) {
        return fake.conversation(conversationId).orElseThrow().path("contacts").path("contacts").path(0).path("id").asText();
    }

    @Test
    void createsAConversationFromAUserAndAnswersTheMessageWithItsConversation() {
        String user = contactOf("100001");
        Message m = conversations.create(CreateConversation.fromUser(user, "Hello there")
                .createdAt(Instant.parse("2026-04-30T09:00:00Z")).build());
        assertSent("POST", "/conversations", "{\"from\":{\"type\":\"user\",\"id\":\"" + user + "\"},"
                + "\"body\":\"Hello there\",\"created_at\":1777539600}");
        assertEquals("user_message", m.type());
        assertEquals(MessageType.INAPP, m.messageType());
        assertEquals("100007", m.conversationId());
        Conversation c = conversations.get(m.conversationId());
        assertEquals("Hello there", c.source().body());
        assertEquals(Instant.parse("2026-04-30T09:00:00Z"), c.createdAt());
    }

    @Test
    void aVisitorWritesWithTypeContactAndAnUnknownUserIsNotFound() {
        Message m = conversations.create(CreateConversation.fromContact("3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3", "Hi")
                .subject("Ignored in-app").attachmentUrls(List.of("https://example.com/a.png")).build());
        assertSent("POST", "/conversations", "{\"from\":{\"type\":\"contact\",\"id\":\"3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3\"},"
                + "\"body\":\"Hi\",\"subject\":\"Ignored in-app\",\"attachment_urls\":[\"https://example.com/a.png\"]}");
        assertTrue(m.conversationId() != null);
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> conversations.create(CreateConversation.fromLead("123_doesnt_exist_1234567", "Hi").build()));
        assertTrue(e.getMessage().contains("User Not Found"), e.getMessage());
    }

    @Test
    void createArgumentsAreCheckedBeforeSending() {
        int before = fake.requestCount();
        assertEquals("contactId must be Intercom's 24-character contact id, was 3 characters (use fromContact for a visitor)",
                assertThrows(IllegalArgumentException.class, () -> CreateConversation.fromUser("abc", "x")).getMessage());
        assertEquals("body must not be blank", assertThrows(IllegalArgumentException.class,
                () -> CreateConversation.fromContact("v1", " ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CreateConversation.fromContact("v1", "x")
                .attachmentUrls(java.util.Collections.nCopies(11, "https://e.com/a.png"))).getMessage()
                .startsWith("attachmentUrls accepts at most 10"));
        assertTrue(conversations.createAsync(null).isCompletedExceptionally());
        assertEquals(before, fake.requestCount());
    }

    @Test
    void managesEachOfTheFourShapesWithItsExactBody() {
        Conversation closed = conversations.manage("100001", ManageConversationRequest.close("991267708").withBody("Goodbye :)"));
        assertSent("POST", "/conversations/100001/parts",
                "{\"message_type\":\"close\",\"type\":\"admin\",\"admin_id\":\"991267708\",\"body\":\"Goodbye :)\"}");
        assertEquals(ConversationState.CLOSED, closed.state());
        ConversationPart part = closed.parts().get(closed.parts().size() - 1);
        assertEquals("close", part.partType());
        assertEquals("Goodbye :)", part.body());

        Instant until = NOW.plusSeconds(3_600);
        Conversation snoozed = conversations.manage("100001", ManageConversationRequest.snooze("991267710", until));
        assertSent("POST", "/conversations/100001/parts",
                "{\"message_type\":\"snoozed\",\"admin_id\":\"991267710\",\"snoozed_until\":" + until.getEpochSecond() + "}");
        assertEquals(until, snoozed.snoozedUntil());

        Conversation open = conversations.manage("100001", ManageConversationRequest.open("991267712"));
        assertSent("POST", "/conversations/100001/parts", "{\"message_type\":\"open\",\"admin_id\":\"991267712\"}");
        assertEquals(ConversationState.OPEN, open.state());

        Conversation team = conversations.manage("100001", ManageConversationRequest.assignToTeam("991267715", "5017691")
                .withBody("Passing you over"));
        assertSent("POST", "/conversations/100001/parts", "{\"message_type\":\"assignment\",\"type\":\"team\","
                + "\"admin_id\":\"991267715\",\"assignee_id\":\"5017691\",\"body\":\"Passing you over\"}");
        assertEquals("5017691", team.teamAssigneeId());
        Conversation unassigned = conversations.manage("100001", ManageConversationRequest.assignToAdmin("991267715", "0"));
        assertNull(unassigned.adminAssigneeId());
        assertTrue(unassigned.json().isNull("admin_assignee_id"), "\"0\" unassigns");
    }

    @Test
    void aManagedConversationWithBooleanAndDecimalCustomAttributesDecodes() {
        // intercom-php #400: a boolean custom attribute failed the whole answer of conversations->manage.
        Conversation c = conversations.manage("100002", ManageConversationRequest.open("991267712"));
        Map<String, Object> attributes = c.customAttributes();
        assertEquals(Boolean.TRUE, attributes.get("vip"));
        assertEquals(new BigDecimal("4.5"), attributes.get("score"));
        assertTrue(attributes.containsKey("notes") && attributes.get("notes") == null);
    }

    @Test
    void manageErrorsAndArguments() {
        assertThrows(NotFoundException.class, () -> conversations.manage("999", ManageConversationRequest.open("1")));
        int before = fake.requestCount();
        assertEquals("adminId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> ManageConversationRequest.close(" ")).getMessage());
        assertThrows(NullPointerException.class, () -> ManageConversationRequest.snooze("1", null));
        assertEquals("assigneeId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> ManageConversationRequest.assignToAdmin("1", "")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> conversations.manage("..",
                ManageConversationRequest.open("1"))).getMessage().startsWith("conversationId"));
        assertTrue(conversations.manageAsync("100001", null).isCompletedExceptionally());
        assertEquals(before, fake.requestCount());
    }

    @Test
    void attachesAndDetachesContactsAndTheAnswerCarriesTheCustomers() throws Exception {
        String first = contactOf("100001");
        String other = contactOf("100002");
        Conversation attached = conversations.attachContact("100001",
                AttachContactRequest.byAdmin("991267731", ContactIdentifier.intercomUserId(other)));
        assertSent("POST", "/conversations/100001/customers",
                "{\"admin_id\":\"991267731\",\"customer\":{\"intercom_user_id\":\"" + other + "\"}}");
        assertEquals(List.of(first, other), attached.customers().stream().map(Reference::id).toList());
        assertEquals("user", attached.customers().get(0).type());
        assertNull(attached.id(), "the answer is {customers: [...]} only");

        conversations.attachContactAsync("100001", AttachContactRequest.byContact(ContactIdentifier.intercomUserId(first),
                ContactIdentifier.email("winston@example.com"))).get();
        assertSent("POST", "/conversations/100001/customers",
                "{\"customer\":{\"email\":\"winston@example.com\",\"customer\":{\"intercom_user_id\":\"" + first + "\"}}}");

        Conversation detached = conversations.detachContact("100001", other, "991267739");
        assertSent("DELETE", "/conversations/100001/customers/" + other, "{\"admin_id\":\"991267739\"}");
        assertFalse(detached.customers().stream().anyMatch(r -> r.id().equals(other)));

        assertTrue(assertThrows(NotFoundException.class, () -> conversations.detachContact("100001", other, "991267739"))
                .getMessage().contains("User Not Found"));
        conversations.detachContact("100001", detached.customers().get(1).id(), "991267739");
        ValidationException last = assertThrows(ValidationException.class,
                () -> conversations.detachContact("100001", first, "991267748"));
        assertEquals(422, last.status());
        assertEquals("parameter_invalid", last.details().get(0).code());
        assertTrue(last.getMessage().contains("Removing the last customer is not allowed"), last.getMessage());
        assertNotFound(() -> conversations.attachContact("100001",
                AttachContactRequest.byAdmin("1", ContactIdentifier.intercomUserId("unknown"))));
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable call) {
        assertThrows(NotFoundException.class, call);
    }

    @Test
    void redactsAPartAndASourceWithTheirExactBodies() {
        JsonNode c = fake.conversation("100001").orElseThrow();
        String partId = c.path("conversation_parts").path("conversation_parts").path(0).path("id").asText();
        Conversation redacted = conversations.redact(RedactConversationRequest.part("100001", partId));
        assertSent("POST", "/conversations/redact",
                "{\"type\":\"conversation_part\",\"conversation_id\":\"100001\",\"conversation_part_id\":\"" + partId + "\"}");
        ConversationPart part = redacted.parts().get(0);
        assertEquals(Boolean.TRUE, part.redacted());
        assertEquals("<p><i>This message was deleted</i></p>", part.body());

        String sourceId = c.path("source").path("id").asText();
        Conversation source = conversations.redact(RedactConversationRequest.source("100001", sourceId));
        assertSent("POST", "/conversations/redact",
                "{\"type\":\"source\",\"conversation_id\":\"100001\",\"source_id\":\"" + sourceId + "\"}");
        assertEquals(Boolean.TRUE, source.source().redacted());

        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> conversations.redact(RedactConversationRequest.part("100001", "really_123_doesnt_exist")));
        assertEquals("conversation_part_or_message_not_found", missing.details().get(0).code());
        JsonNode parts = c.path("conversation_parts").path("conversation_parts");
        String assignment = parts.path(parts.size() - 1).path("id").asText();
        ValidationException notRedactable = assertThrows(ValidationException.class,
                () -> conversations.redact(RedactConversationRequest.part("100001", assignment)));
        assertEquals("conversation_part_not_redactable", notRedactable.details().get(0).code());
        assertEquals("sourceId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> RedactConversationRequest.source("1", null)).getMessage());
    }

    @Test
    void convertsToATicketWithAttributesOfTheirJsonTypes() {
        ConvertedTicket t = conversations.convertToTicket("100003", ConvertToTicketRequest.of("90")
                .attribute("_default_title_", "Printer on fire").attribute("priority_score", 3)
                .attribute("urgent", true).attribute("cost", new BigDecimal("12.50")).attribute("notes", null));
        assertSent("POST", "/conversations/100003/convert", "={\"ticket_type_id\":\"90\",\"attributes\":{"
                + "\"_default_title_\":\"Printer on fire\",\"priority_score\":3,\"urgent\":true,\"cost\":12.50,\"notes\":null}}");
        assertEquals("ticket", t.type());
        assertEquals("900001", t.id());
        assertEquals("1", t.ticketId());
        assertEquals("Customer", t.category());
        assertEquals(Boolean.TRUE, t.open());
        assertEquals(Boolean.TRUE, t.ticketAttributes().get("urgent"));
        assertEquals(NOW, t.updatedAt());
        assertEquals("ticket_state", t.json().getObject("ticket_state").get("type"), "the whole ticket is kept");
        ValidationException e = assertThrows(ValidationException.class,
                () -> conversations.convertToTicket("100003", ConvertToTicketRequest.of("91")));
        assertTrue(e.getMessage().contains("Ticket type is not a customer ticket type"), e.getMessage());
        int before = fake.requestCount();
        assertEquals("conversationId must be an integer id, was 'abc'", assertThrows(IllegalArgumentException.class,
                () -> conversations.convertToTicket("abc", ConvertToTicketRequest.of("90"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConvertToTicketRequest.of("90")
                .attribute("x", Map.of())).getMessage().startsWith("attribute x must be"));
        assertEquals(before, fake.requestCount());
    }

    @Test
    void deletesForGoodAndOnlyAnIntegerId() throws Exception {
        ConversationDeleted d = conversations.delete("100004");
        assertSent("DELETE", "/conversations/100004", null);
        assertEquals(List.of("100004", "conversation", true), List.of(d.id(), d.object(), d.deleted()));
        assertThrows(NotFoundException.class, () -> conversations.get("100004"));
        ExecutionException again = assertThrows(ExecutionException.class, () -> conversations.deleteAsync("100004").get());
        assertTrue(again.getCause() instanceof NotFoundException);
        int before = fake.requestCount();
        assertTrue(conversations.deleteAsync("last").isCompletedExceptionally());
        assertThrows(IllegalArgumentException.class, () -> conversations.delete("12a"));
        assertEquals(before, fake.requestCount());
    }

    @Test
    void theSpecsExampleAnswersDecode() {
        try (IntercomTestSupport t = new IntercomTestSupport()) {
            ConversationsClient c = new ConversationsClient(t.connection);
            t.server.route("POST", "/conversations/{id}/customers", r -> FakeResponse.json(
                    "{\"customers\":[{\"type\":\"user\",\"id\":\"6762f19b1bb69f9f2193bbd4\"}]}"));
            t.server.route("DELETE", "/conversations/{id}", r -> FakeResponse.json(
                    "{\"id\":512,\"object\":\"conversation\",\"deleted\":true,\"extra\":[1]}"));
            t.server.route("POST", "/conversations", r -> FakeResponse.json("{\"type\":\"user_message\",\"id\":\"403918330\","
                    + "\"created_at\":1734537501,\"body\":\"Hello there\",\"message_type\":\"inapp\",\"conversation_id\":499}"));
            t.server.route("POST", "/conversations/{id}/convert", r -> FakeResponse.json(
                    "{\"type\":\"ticket\",\"id\":\"611\",\"ticket_id\":22,\"open\":\"yes\",\"created_at\":4102444800}"));
            Conversation attached = c.attachContact("1", AttachContactRequest.byAdmin("2",
                    ContactIdentifier.intercomUserId("6762f19b1bb69f9f2193bbd4")));
            assertEquals("6762f19b1bb69f9f2193bbd4", attached.customers().get(0).id());
            ConversationDeleted d = c.delete("512");
            assertEquals("512", d.id(), "an integer id reads as its digits");
            assertEquals("{\"id\":512,\"object\":\"conversation\",\"deleted\":true,\"extra\":[1]}",
                    dev.switchboard.core.json.Json.write(d));
            assertEquals("499", c.create(CreateConversation.fromContact("v", "Hello there").build()).conversationId());
            ConvertedTicket ticket = c.convertToTicket("611", ConvertToTicketRequest.of("53"));
            assertEquals("22", ticket.ticketId());
            assertEquals(Instant.ofEpochSecond(4_102_444_800L), ticket.createdAt(), "after 2038");
            assertThrows(DecodeException.class, ticket::open, "a mistyped field fails only its accessor");
            assertEquals("611", ticket.id());
        }
    }
}
