package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.webhooks.TestFiles;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code secret_key} check: right, wrong, missing, rotated, per webhook id and per action. */
class LiveChatVerificationTest {
    private static final String SECRET = "s3cret-Alpha-1";

    private static byte[] tagged(String secret) {
        return LiveChatDelivery.builder("thread_tagged", secret).webhookId("wh-1")
                .payloadJson("{\"chat_id\":\"C1\",\"thread_id\":\"T1\",\"tag\":\"vip\"}").toBytes();
    }

    private static WebhookVerificationException rejected(LiveChatWebhooks hooks, byte[] body) {
        return assertThrows(WebhookVerificationException.class, () -> hooks.verify(body));
    }

    @Test
    void rightSecretVerifies() {
        LiveChatWebhook w = LiveChatWebhooks.builder().secrets(SECRET).build().verify(tagged(SECRET));
        assertEquals("vip", ((ThreadTagged) w).payload().tag());
    }

    @Test
    void wrongSecretIsAMismatchAndTheMessageHoldsNoSecret() {
        WebhookVerificationException e = rejected(LiveChatWebhooks.builder().secrets(SECRET).build(), tagged("s3cret-Alpha-2"));
        assertEquals(Reason.MISMATCH, e.reason());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void oneByteChangedInTheSecretFails() {
        byte[] body = tagged(SECRET);
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(SECRET) + SECRET.length() - 1;
        body[at] = (byte) (body[at] ^ 1);
        assertEquals(Reason.MISMATCH, rejected(LiveChatWebhooks.builder().secrets(SECRET).build(), body).reason());
    }

    @Test
    void missingOrNullOrNonStringSecret() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().secrets(SECRET).build();
        assertEquals(Reason.MISSING, rejected(hooks, TestFiles.utf8("{\"action\":\"thread_tagged\",\"payload\":{}}")).reason());
        assertEquals(Reason.MISSING, rejected(hooks, TestFiles.utf8("{\"secret_key\":null,\"action\":\"x\"}")).reason());
        assertEquals(Reason.MALFORMED, rejected(hooks, TestFiles.utf8("{\"secret_key\":12345,\"action\":\"x\"}")).reason());
        assertEquals(Reason.MALFORMED, rejected(hooks, TestFiles.utf8("{\"secret_key\":[\"" + SECRET + "\"]}")).reason());
        assertEquals(Reason.MISMATCH, rejected(hooks, TestFiles.utf8("{\"secret_key\":\"\",\"action\":\"x\"}")).reason());
    }

    @Test
    void verificationComesBeforeThePayloadIsRead() {
        // A payload of the wrong shape with a wrong secret: verification fails, nothing is said about the payload.
        byte[] body = LiveChatDelivery.builder("incoming_chat", "wrong").payloadJson("[1,2,3]").toBytes();
        assertThrows(WebhookVerificationException.class, () -> LiveChatWebhooks.builder().secrets(SECRET).build().verify(body));
        // With the right secret it verifies; the payload is read only when asked, and only that fails.
        byte[] right = LiveChatDelivery.builder("incoming_chat", SECRET).payloadJson("[1,2,3]").toBytes();
        IncomingChat chat = (IncomingChat) LiveChatWebhooks.builder().secrets(SECRET).build().verify(right);
        assertEquals("path $.payload", assertThrows(DecodeException.class, chat::payload).location());
        // Not JSON at all is still a decode failure, with or without the right secret.
        assertThrows(WebhookDecodeException.class, () -> LiveChatWebhooks.builder().secrets(SECRET).build()
                .verify(TestFiles.utf8("{\"secret_key\":\"" + SECRET + "\",")));
    }

    @Test
    void rotatedSecretsBothVerify() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().secrets("old-secret-1", "new-secret-2").build();
        hooks.verify(tagged("old-secret-1"));
        hooks.verify(tagged("new-secret-2"));
        assertEquals(Reason.MISMATCH, rejected(hooks, tagged("newer-secret-3")).reason());
    }

    @Test
    void secretsPerWebhookId() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().registeredWebhook("wh-1", "thread_tagged", "for-wh-1")
                .registeredWebhook("wh-2", "thread_tagged", "for-wh-2").build();
        hooks.verify(tagged("for-wh-1"));
        assertEquals(Reason.MISMATCH, rejected(hooks, tagged("for-wh-2")).reason(), "another webhook's secret is not accepted");
        byte[] otherWebhook = LiveChatDelivery.builder("thread_tagged", "for-wh-1").webhookId("wh-3").payloadJson("{}").toBytes();
        assertEquals(Reason.NOT_CONFIGURED, rejected(hooks, otherWebhook).reason());
    }

    @Test
    void aWebhooksSecretVerifiesOnlyTheActionItWasRegisteredFor() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().registeredWebhook("wh-1", "incoming_chat", "chat-hook-secret")
                .build();
        byte[] chat = LiveChatDelivery.builder("incoming_chat", "chat-hook-secret").webhookId("wh-1")
                .payloadJson("{\"chat\":{\"id\":\"C\"}}").toBytes();
        assertInstanceOf(IncomingChat.class, hooks.verify(chat));
        byte[] otherAction = LiveChatDelivery.builder("agent_deleted", "chat-hook-secret").webhookId("wh-1")
                .payloadJson("{\"id\":\"a@b.c\"}").toBytes();
        WebhookVerificationException e = rejected(hooks, otherAction);
        assertEquals(Reason.MISMATCH, e.reason());
        assertEquals("the LiveChat delivery's action is not the action its webhook id was registered for", e.getMessage());
        assertFalse(e.getMessage().contains("chat-hook-secret"));
        LiveChatWebhooks withShared = LiveChatWebhooks.builder().secrets("shared-1")
                .registeredWebhook("wh-1", "incoming_chat", "chat-hook-secret").build();
        assertEquals(Reason.MISMATCH, rejected(withShared, otherAction).reason(), "the webhook's secret is still not accepted");
    }

    @Test
    void actionSecretsAndWebhookBindingsFollowTheDecodersAliases() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().actionSecrets("create_group", "group-secret")
                .actionSecrets("auto_accesses_updated", "access-secret")
                .registeredWebhook("wh-9", "update_tag", "tag-hook-secret").build();
        byte[] created = LiveChatDelivery.builder("group_created", "group-secret").payloadJson("{\"id\":7}").toBytes();
        assertInstanceOf(GroupCreated.class, hooks.verify(created));
        byte[] createdAlias = LiveChatDelivery.builder("create_group", "group-secret").payloadJson("{\"id\":7}").toBytes();
        assertInstanceOf(GroupCreated.class, hooks.verify(createdAlias));
        byte[] accesses = LiveChatDelivery.builder("auto_access_added", "access-secret")
                .payloadJson("[{\"id\":\"r1\",\"status\":\"added\"}]").toBytes();
        assertInstanceOf(AutoAccessesUpdated.class, hooks.verify(accesses));
        byte[] tag = LiveChatDelivery.builder("tag_updated", "tag-hook-secret").webhookId("wh-9")
                .payloadJson("{\"name\":\"vip\"}").toBytes();
        assertInstanceOf(TagUpdated.class, hooks.verify(tag));
        byte[] single34 = LiveChatDelivery.builder("auto_access_added", "access-secret").payloadJson("{\"id\":\"r1\"}")
                .toBytes();
        assertEquals(Reason.NOT_CONFIGURED, rejected(hooks, single34).reason(), "the 3.4 object form is another action");
    }

    @Test
    void secretsPerAction() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().actionSecrets("thread_tagged", "tag-secret")
                .actionSecrets("incoming_chat", "chat-secret-old", "chat-secret-new").build();
        hooks.verify(tagged("tag-secret"));
        assertEquals(Reason.MISMATCH, rejected(hooks, tagged("chat-secret-new")).reason());
        byte[] chat = LiveChatDelivery.builder("incoming_chat", "chat-secret-new").payloadJson("{\"chat\":{\"id\":\"C\"}}").toBytes();
        assertInstanceOf(IncomingChat.class, hooks.verify(chat));
        byte[] untagged = LiveChatDelivery.builder("thread_untagged", "tag-secret").payloadJson("{}").toBytes();
        assertEquals(Reason.NOT_CONFIGURED, rejected(hooks, untagged).reason());
    }

    @Test
    void sharedSecretsApplyEverywhere() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().secrets("shared-1").actionSecrets("thread_tagged", "tag-secret").build();
        hooks.verify(tagged("shared-1"));
        hooks.verify(tagged("tag-secret"));
    }

    @Test
    void crlfAndMultibyteBodiesVerifyAsSent() {
        String text = "{\r\n  \"webhook_id\": \"wh-1\",\r\n  \"secret_key\": \"" + SECRET + "\",\r\n  \"action\": \"incoming_event\",\r\n"
                + "  \"organization_id\": \"org\",\r\n  \"payload\": {\"chat_id\": \"C1\", \"thread_id\": \"T1\", \"event\": "
                + "{\"id\": \"E1\", \"type\": \"message\", \"text\": \"Zażółć gęślą jaźń \uD83D\uDE00 \u4F60\u597D\\r\\n\"}}\r\n}\r\n";
        LiveChatWebhook w = LiveChatWebhooks.builder().secrets(SECRET).build().verify(text.getBytes(StandardCharsets.UTF_8));
        MessageEvent m = (MessageEvent) ((IncomingEvent) w).payload().event();
        assertEquals("Zażółć gęślą jaźń \uD83D\uDE00 \u4F60\u597D\r\n", m.text());
    }

    @Test
    void multibyteSecretComparesByUtf8() {
        String secret = "sécret-\uD83D\uDD11";
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().secrets(secret).build();
        hooks.verify(tagged(secret));
        assertEquals(Reason.MISMATCH, rejected(hooks, tagged("secret-\uD83D\uDD11")).reason());
    }

    @Test
    void headerFormsAreAccepted() {
        LiveChatWebhooks hooks = LiveChatWebhooks.builder().secrets(SECRET).build();
        hooks.verify(tagged(SECRET), Map.of("Content-Type", List.of("application/json")));
        hooks.verify(tagged(SECRET), WebhookHeaders.of("content-type", "application/json"));
    }

    @Test
    void configurationIsChecked() {
        assertThrows(IllegalStateException.class, () -> LiveChatWebhooks.builder().build());
        assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder().secrets(""));
        assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder().secrets((String) null));
        assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder().registeredWebhook(" ", "incoming_chat", "x"));
        IllegalArgumentException noAction = assertThrows(IllegalArgumentException.class,
                () -> LiveChatWebhooks.builder().registeredWebhook("wh-1", " ", "x"));
        assertTrue(noAction.getMessage().startsWith("action must not be blank"), noAction.getMessage());
        IllegalArgumentException noSecret = assertThrows(IllegalArgumentException.class,
                () -> LiveChatWebhooks.builder().registeredWebhook("wh-1", "incoming_chat"));
        assertTrue(noSecret.getMessage().startsWith("give at least one secret"), noSecret.getMessage());
        IllegalArgumentException rebound = assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder()
                .registeredWebhook("wh-1", "incoming_chat", "s-1").registeredWebhook("wh-1", "thread_tagged", "s-2"));
        assertEquals("webhook wh-1 is already bound to another action", rebound.getMessage());
        LiveChatWebhooks.builder().registeredWebhook("wh-1", "create_group", "s-1").registeredWebhook("wh-1", "group_created", "s-2")
                .build();
        assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder().actionSecrets("incoming_chat"));
        String shown = LiveChatWebhooks.builder().secrets(SECRET).actionSecrets("a", "b-secret").build().toString();
        assertFalse(shown.contains(SECRET) || shown.contains("b-secret"), shown);
        assertTrue(shown.contains("1 shared secrets"), shown);
    }

    @Test
    void decodeWithoutVerificationSkipsTheSecret() {
        LiveChatWebhook w = LiveChatWebhooks.decodeWithoutVerification(tagged("anything"));
        assertInstanceOf(ThreadTagged.class, w);
    }

    @Test
    void rebuiltDeliveryWithAnotherSecret() {
        LiveChatWebhook w = LiveChatWebhooks.builder().secrets(SECRET).build().verify(tagged(SECRET));
        byte[] rotated = LiveChatDelivery.withSecret(w, "next-secret");
        assertEquals(w.payload(), LiveChatWebhooks.builder().secrets("next-secret").build().verify(rotated).payload());
    }
}
