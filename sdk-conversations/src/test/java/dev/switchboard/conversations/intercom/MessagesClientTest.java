package dev.switchboard.conversations.intercom;

import static dev.switchboard.conversations.intercom.ConversationsClientTest.assertMessage;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.FakeResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesClientTest {
    private final IntercomTestSupport t = new IntercomTestSupport();
    private final MessagesClient messages = new MessagesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void emailWithListsOfRecipientsAndASingleBcc() {
        t.server.route("POST", "/messages", r -> FakeResponse.json(fixture("message.json")));
        Message sent = messages.create(CreateMessage.email(394051L)
                .subject("Your invoice")
                .body("Hi, your invoice is attached.")
                .template(EmailTemplate.PERSONAL)
                .to(List.of(Recipient.user("536e564f316c83104c000020"), Recipient.lead("536e564f316c83104c000021")))
                .cc(List.of(Recipient.user("536e564f316c83104c000023")))
                .bcc(Recipient.user("536e564f316c83104c000022"))
                .createdAt(Instant.ofEpochSecond(1590000000))
                .createConversationWithoutContactReply(true)
                .build());
        assertRequest(t.server.takeRequest(), "POST", "/messages", "{\"message_type\":\"email\",\"subject\":\"Your invoice\","
                + "\"body\":\"Hi, your invoice is attached.\",\"template\":\"personal\",\"from\":{\"type\":\"admin\",\"id\":394051},"
                + "\"to\":[{\"type\":\"user\",\"id\":\"536e564f316c83104c000020\"},{\"type\":\"lead\",\"id\":\"536e564f316c83104c000021\"}],"
                + "\"cc\":[{\"type\":\"user\",\"id\":\"536e564f316c83104c000023\"}],"
                + "\"bcc\":{\"type\":\"user\",\"id\":\"536e564f316c83104c000022\"},"
                + "\"created_at\":1590000000,\"create_conversation_without_contact_reply\":true}");
        assertEquals("19", sent.id());
        assertSame(MessageType.EMAIL, sent.messageType());
        assertEquals("100046", sent.conversationId());
        assertEquals("Ann", sent.json().getObject("owner").get("name"));
    }

    @Test
    void inAppIsSentAsInapp() {
        t.server.route("POST", "/messages", r -> FakeResponse.json("{\"type\":\"admin_message\",\"id\":\"20\","
                + "\"created_at\":1767225600,\"body\":\"Welcome\",\"message_type\":\"inapp\"}"));
        Message sent = messages.create(CreateMessage.inApp(394051L).body("Welcome").to(Recipient.user("abc")).build());
        assertRequest(t.server.takeRequest(), "POST", "/messages", "{\"message_type\":\"inapp\",\"body\":\"Welcome\","
                + "\"from\":{\"type\":\"admin\",\"id\":394051},\"to\":{\"type\":\"user\",\"id\":\"abc\"}}");
        assertTrue(sent.messageType().isInApp());
    }

    @Test
    void theChangelogsConversationFormWithRecipientArraysIsSentAsWritten() {
        t.server.route("POST", "/messages", r -> FakeResponse.json("{\"type\":\"admin_message\",\"id\":\"21\","
                + "\"created_at\":1767225600,\"body\":\"heyy\",\"message_type\":\"inapp\",\"conversation_id\":\"615\"}"));
        Message sent = messages.create(CreateMessage.conversation(991267816L).body("heyy")
                .to(List.of(Recipient.user("6762f2391bb69f9f2193bc19"), Recipient.lead("6762f23c1bb69f9f2193bc1b")))
                .cc(List.of(Recipient.user("6762f23e1bb69f9f2193bc1d")))
                .bcc(List.of(Recipient.user("6762f23e1bb69f9f2193bc2f")))
                .build());
        assertRequest(t.server.takeRequest(), "POST", "/messages", "{\"message_type\":\"conversation\",\"body\":\"heyy\","
                + "\"from\":{\"type\":\"admin\",\"id\":991267816},"
                + "\"to\":[{\"type\":\"user\",\"id\":\"6762f2391bb69f9f2193bc19\"},{\"type\":\"lead\",\"id\":\"6762f23c1bb69f9f2193bc1b\"}],"
                + "\"cc\":[{\"type\":\"user\",\"id\":\"6762f23e1bb69f9f2193bc1d\"}],"
                + "\"bcc\":[{\"type\":\"user\",\"id\":\"6762f23e1bb69f9f2193bc2f\"}]}");
        assertEquals("615", sent.conversationId());
        assertEquals("conversation", CreateMessage.conversation(1).body("b").to(Recipient.user("a")).build().messageType());
    }

    @Test
    void theSchemasInAppSpellingCanBeSent() {
        t.server.route("POST", "/messages", r -> FakeResponse.json("{\"type\":\"admin_message\",\"id\":\"22\","
                + "\"created_at\":1767225600,\"body\":\"Welcome\",\"message_type\":\"in_app\"}"));
        messages.create(CreateMessage.of(MessageType.IN_APP, 394051L).body("Welcome").to(Recipient.user("abc")).build());
        assertRequest(t.server.takeRequest(), "POST", "/messages", "{\"message_type\":\"in_app\",\"body\":\"Welcome\","
                + "\"from\":{\"type\":\"admin\",\"id\":394051},\"to\":{\"type\":\"user\",\"id\":\"abc\"}}");
        assertEquals("inapp", CreateMessage.of(MessageType.INAPP, 1).body("b").to(Recipient.user("a")).build().messageType());
        assertEquals("email", CreateMessage.of(MessageType.EMAIL, 1).subject("s").body("b").template(EmailTemplate.PLAIN)
                .to(Recipient.user("a")).build().messageType());
        assertMessage("template applies to email messages only", () -> CreateMessage.of(MessageType.CONVERSATION, 1)
                .body("b").template(EmailTemplate.PLAIN).to(Recipient.user("a")).build());
        assertMessage("type must be email, inapp, in_app or conversation, was 'facebook'",
                () -> CreateMessage.of(MessageType.FACEBOOK, 1));
        assertMessage("type must be email, inapp, in_app or conversation, was 'sms'",
                () -> CreateMessage.of(MessageType.of("sms"), 1));
        assertEquals(0, t.server.requestCount() - 1);
    }

    @Test
    void rulesAreCheckedBeforeSending() {
        assertMessage("body is required for a message", () -> CreateMessage.inApp(1).to(Recipient.user("a")).build());
        assertMessage("body is required for a message", () -> CreateMessage.inApp(1).body(" ").to(Recipient.user("a")).build());
        assertMessage("subject is required for an email message", () -> CreateMessage.email(1).body("b")
                .template(EmailTemplate.PLAIN).to(Recipient.user("a")).build());
        assertMessage("template (plain or personal) is required for an email message", () -> CreateMessage.email(1)
                .subject("s").body("b").to(Recipient.user("a")).build());
        assertMessage("template applies to email messages only", () -> CreateMessage.inApp(1).body("b")
                .template(EmailTemplate.PLAIN).to(Recipient.user("a")).build());
        assertMessage("to is required", () -> CreateMessage.inApp(1).body("b").build());
        assertMessage("to must list at least one recipient", () -> CreateMessage.inApp(1).body("b").to(List.of()).build());
        assertMessage("cc must list at least one recipient", () -> CreateMessage.inApp(1).body("b")
                .to(Recipient.user("a")).cc(List.of()).build());
        assertMessage("bcc must list at least one recipient", () -> CreateMessage.inApp(1).body("b")
                .to(Recipient.user("a")).bcc(List.of()).build());
        assertMessage("recipient type must be 'user' or 'lead'", () -> new Recipient("admin", "1"));
        assertMessage("recipient id must not be blank", () -> Recipient.lead(" "));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void intercomValidationErrorsKeepTheirDetails() {
        t.server.route("POST", "/messages", r -> FakeResponse.json(422, "{\"type\":\"error.list\",\"request_id\":"
                + "\"97db463e-7070-4ac9-9846-9a5d31933772\",\"errors\":[{\"code\":\"parameter_not_found\","
                + "\"message\":\"No subject supplied for email message\",\"field\":\"subject\"}]}"));
        ValidationException e = assertThrows(ValidationException.class, () -> messages.create(
                CreateMessage.inApp(1).body("b").to(Recipient.user("a")).build()));
        assertEquals(422, e.status());
        assertEquals("subject", e.details().get(0).field());
        assertEquals("97db463e-7070-4ac9-9846-9a5d31933772", e.requestId().orElseThrow());
    }

    @Test
    void createIsNotRetriedOnceSent() {
        t.server.faults().statusSequence("POST", "/messages", 502);
        t.server.route("POST", "/messages", r -> FakeResponse.json(fixture("message.json")));
        assertThrows(dev.switchboard.core.ServerException.class, () -> messages.create(
                CreateMessage.inApp(1).body("b").to(Recipient.user("a")).build()));
        assertEquals(1, t.server.requestCount(), "a message is never sent twice");
    }

    @Test
    void toStringShowsNoContent() {
        CreateMessage m = CreateMessage.email(1).subject("secret subject").body("secret body").template(EmailTemplate.PLAIN)
                .to(Recipient.user("a")).build();
        assertEquals("email", m.messageType());
        assertTrue(!m.toString().contains("secret"), m.toString());
    }
}
