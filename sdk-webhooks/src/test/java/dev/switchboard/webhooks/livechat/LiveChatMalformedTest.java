package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.webhooks.TestFiles;
import dev.switchboard.webhooks.WebhookDecodeException;
import org.junit.jupiter.api.Test;

/** Malformed deliveries give a WebhookDecodeException that says what and where, never quoting the body. */
class LiveChatMalformedTest {
    private static final String SECRET = "malformed-secret";
    private static final LiveChatWebhooks HOOKS = LiveChatWebhooks.builder().secrets(SECRET).build();

    private static WebhookDecodeException fails(String body) {
        return assertThrows(WebhookDecodeException.class, () -> HOOKS.verify(TestFiles.utf8(body)));
    }

    private static WebhookDecodeException failsWithPayload(String action, String payload) {
        return assertThrows(WebhookDecodeException.class,
                () -> HOOKS.verify(LiveChatDelivery.builder(action, SECRET).payloadJson(payload).toBytes()));
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
    void actionMustBeAString() {
        WebhookDecodeException e = fails("{\"secret_key\":\"" + SECRET + "\",\"action\":7,\"payload\":{}}");
        assertEquals("path $.action", e.location());
        fails("{\"secret_key\":\"" + SECRET + "\",\"payload\":{}}");
    }

    @Test
    void payloadMustHaveTheDocumentedShape() {
        assertTrue(failsWithPayload("incoming_chat", "[]").getMessage().contains("it is an array, not an object"));
        assertTrue(failsWithPayload("auto_accesses_updated", "{}").getMessage().contains("not an array"));
        assertTrue(failsWithPayload("thread_tagged", "\"x\"").getMessage().contains("a string"));
        failsWithPayload("thread_tagged", "null");
        WebhookDecodeException missing = assertThrows(WebhookDecodeException.class, () -> HOOKS.verify(TestFiles.utf8(
                "{\"secret_key\":\"" + SECRET + "\",\"action\":\"thread_tagged\"}")));
        assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
    }

    @Test
    void wrongTypesInsideThePayloadSayWhere() {
        WebhookDecodeException e = failsWithPayload("group_created", "{\"id\":\"sales-team-secret-name\"}");
        assertTrue(e.location().contains("$.id"), e.location());
        assertFalse(e.getMessage().contains("sales-team-secret-name"), "the body is never quoted: " + e.getMessage());
        failsWithPayload("incoming_event", "{\"event\":\"not an object\"}");
        failsWithPayload("incoming_chat", "{\"chat\":{\"users\":[42]}}");
        failsWithPayload("chat_properties_deleted", "{\"properties\":{\"ns\":{\"not\":\"a list\"}}}");
        failsWithPayload("auto_accesses_updated", "[null]");
        failsWithPayload("chat_access_updated", "{\"access\":{\"group_ids\":[99999999999]}}");
    }

    @Test
    void theSecretIsNeverInAMessage() {
        WebhookDecodeException e = failsWithPayload("group_created", "{\"id\":{}}");
        assertFalse(e.getMessage().contains(SECRET));
    }
}
