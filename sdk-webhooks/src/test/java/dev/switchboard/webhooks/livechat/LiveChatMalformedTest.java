package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.TestFiles;
import dev.switchboard.webhooks.WebhookDecodeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A body that is not a JSON object gives a {@link WebhookDecodeException} that says what and where, never quoting
 * the body. A delivery that is a JSON object always decodes: a field of an unexpected type (the payload itself
 * included) fails only its own accessor, with a {@link DecodeException} naming its path from the top of the delivery,
 * while the other accessors work and the delivery is written back as sent.
 */
class LiveChatMalformedTest {
    private static final String SECRET = "malformed-secret";
    private static final LiveChatWebhooks HOOKS = LiveChatWebhooks.builder().secrets(SECRET).build();

    private static WebhookDecodeException fails(String body) {
        return assertThrows(WebhookDecodeException.class, () -> HOOKS.verify(TestFiles.utf8(body)));
    }

    private static byte[] delivery(String action, String payload) {
        return LiveChatDelivery.builder(action, SECRET).payloadJson(payload).toBytes();
    }

    /** Decodes, checks it is written back exactly, and returns it. */
    private static LiveChatWebhook decodes(byte[] body) {
        LiveChatWebhook w = HOOKS.verify(body);
        assertEquals(Json.write(Json.object(body, "body")), Json.write(w.rawJsonWithSecret()), "written back as sent");
        assertEquals("test-webhook", w.envelope().webhookId(), "the other accessors work");
        return w;
    }

    private static DecodeException failsAt(String path, Executable accessor) {
        DecodeException e = assertThrows(DecodeException.class, accessor);
        assertEquals("path " + path, e.location(), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        return e;
    }

    @Test
    void notJsonTruncatedEmptyAndNull() {
        assertTrue(fails("not json").getMessage().contains("not valid JSON"));
        assertTrue(fails("{\"secret_key\":\"" + SECRET + "\",\"act").getMessage().contains("truncated"));
        fails("");
        fails("   ");
        assertThrows(WebhookDecodeException.class, () -> HOOKS.verify(null));
        fails("{} trailing");
    }

    @Test
    void notAnObject() {
        assertTrue(fails("[1,2]").getMessage().contains("not a JSON object"));
        fails("\"" + SECRET + "\"");
        fails("42");
        fails("null");
    }

    @Test
    void aMistypedOrMissingActionGivesAnUnknownWebhook() {
        LiveChatWebhook numbered = HOOKS.verify(TestFiles.utf8("{\"secret_key\":\"" + SECRET + "\",\"action\":7,\"payload\":{}}"));
        UnknownLiveChatWebhook u = assertInstanceOf(UnknownLiveChatWebhook.class, numbered);
        DecodeException e = failsAt("$.action", u::action);
        assertTrue(e.getMessage().contains("expected a string, was an integer"), e.getMessage());
        assertEquals("{\"secret_key\":\"[redacted]\",\"action\":7,\"payload\":{}}", Json.write(u));
        LiveChatWebhook missing = HOOKS.verify(TestFiles.utf8("{\"secret_key\":\"" + SECRET + "\",\"payload\":{}}"));
        assertNull(assertInstanceOf(UnknownLiveChatWebhook.class, missing).action());
    }

    @Test
    void aPayloadOfTheWrongShapeFailsOnlyItsAccessor() {
        IncomingChat chat = (IncomingChat) decodes(delivery("incoming_chat", "[]"));
        assertTrue(failsAt("$.payload", chat::payload).getMessage().contains("expected an object, was an array"));
        AutoAccessesUpdated rules = (AutoAccessesUpdated) decodes(delivery("auto_accesses_updated", "{}"));
        assertTrue(failsAt("$.payload", rules::payload).getMessage().contains("expected an array, was an object"));
        ThreadTagged text = (ThreadTagged) decodes(delivery("thread_tagged", "\"x\""));
        assertTrue(failsAt("$.payload", text::payload).getMessage().contains("was a string"));
        assertNull(((ThreadTagged) decodes(delivery("thread_tagged", "null"))).payload());
        ThreadTagged missing = (ThreadTagged) HOOKS.verify(TestFiles.utf8(
                "{\"webhook_id\":\"test-webhook\",\"secret_key\":\"" + SECRET + "\",\"action\":\"thread_tagged\"}"));
        assertNull(missing.payload(), "a missing payload reads as null");
    }

    @Test
    void wrongTypesInsideThePayloadSayWhereFromTheTopOfTheDelivery() {
        GroupCreated group = (GroupCreated) decodes(delivery("group_created", "{\"id\":\"sales-team-secret-name\",\"name\":\"Sales\"}"));
        DecodeException e = failsAt("$.payload.id", () -> group.payload().id());
        assertTrue(e.getMessage().contains("Group.id: expected a 32-bit integer, was a string"), e.getMessage());
        assertFalse(e.getMessage().contains("sales-team-secret-name"), "the body is never quoted: " + e.getMessage());
        assertEquals("Sales", group.payload().name());

        IncomingChat chat = (IncomingChat) decodes(delivery("incoming_chat",
                "{\"chat\":{\"id\":{},\"users\":[42,{\"id\":\"a\",\"type\":\"agent\"}],\"thread\":{\"id\":\"T\",\"events\":"
                        + "[{\"type\":\"message\",\"created_at\":17}]}}}"));
        failsAt("$.payload.chat.id", () -> chat.payload().chat().id());
        failsAt("$.payload.chat.users[0]", () -> chat.payload().chat().users().get(0));
        assertEquals("a", chat.payload().chat().users().get(1).id(), "the other users read");
        failsAt("$.payload.chat.thread.events[0].created_at", () -> chat.payload().chat().thread().events().get(0).createdAt());
        assertEquals("T", chat.payload().chat().thread().id());

        IncomingEvent event = (IncomingEvent) decodes(delivery("incoming_event", "{\"chat_id\":\"C\",\"event\":\"not an object\"}"));
        failsAt("$.payload.event", () -> event.payload().event());
        assertEquals("C", event.payload().chatId());

        ChatPropertiesDeleted deleted = (ChatPropertiesDeleted) decodes(delivery("chat_properties_deleted",
                "{\"properties\":{\"ns\":{\"not\":\"a list\"}}}"));
        failsAt("$.payload.properties.ns", () -> deleted.payload().properties());

        ChatAccessUpdated access = (ChatAccessUpdated) decodes(delivery("chat_access_updated",
                "{\"access\":{\"group_ids\":[1,99999999999]}}"));
        assertEquals(1, access.payload().access().groupIds().get(0));
        DecodeException big = failsAt("$.payload.access.group_ids[1]", () -> access.payload().access().groupIds().get(1));
        assertTrue(big.getMessage().contains("expected a 32-bit integer, was an integer"), big.getMessage());

        AutoAccessesUpdated rules = (AutoAccessesUpdated) decodes(delivery("auto_accesses_updated", "[null,7]"));
        assertNull(rules.payload().get(0), "a null rule reads as null");
        failsAt("$.payload[1]", () -> rules.payload().get(1));
    }

    @Test
    void validateReportsEveryMistypedField() {
        LiveChatWebhook w = decodes(delivery("chat_transferred",
                "{\"chat_id\":\"C\",\"transferred_to\":{\"group_ids\":\"3\",\"agent_ids\":[1.5]},\"queue\":{\"position\":true}}"));
        DecodeException e = assertThrows(DecodeException.class, () -> ((ChatTransferred) w).validate());
        for (String path : List.of("$.payload.transferred_to.group_ids", "$.payload.transferred_to.agent_ids[0]",
                "$.payload.queue.position")) {
            assertTrue(e.getMessage().contains("path " + path), e.getMessage());
        }
        assertEquals("C", ((ChatTransferred) w).payload().chatId());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void theSecretIsNeverInAMessage() {
        GroupCreated group = (GroupCreated) decodes(delivery("group_created", "{\"id\":{}}"));
        DecodeException e = assertThrows(DecodeException.class, () -> group.payload().id());
        assertFalse(e.getMessage().contains(SECRET));
    }
}
