package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.webhooks.WebhookVerificationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for what LiveChat's own SDKs get wrong (shared/notes/livechat-webhooks.md, "SDK anchors"): each
 * test names the SDK and the behaviour it must not share.
 */
class LiveChatSdkAnchorsTest {
    private static final String SECRET = "anchor-secret";
    private static final LiveChatWebhooks HOOKS = LiveChatWebhooks.builder().secrets(SECRET).build();

    private static LiveChatWebhook deliver(String action, String payloadJson) {
        return HOOKS.verify(LiveChatDelivery.builder(action, SECRET).payloadJson(payloadJson).toBytes());
    }

    /** lc-sdk-go answers 400 "Unsupported action" / "unknown webhook"; lc-sdk-python raises ValueError. */
    @Test
    void unknownActionIsNotAnError() {
        UnknownLiveChatWebhook w = assertInstanceOf(UnknownLiveChatWebhook.class, deliver("chat_archived", "{\"chat_id\":\"C\"}"));
        assertEquals("C", ((JsonObject) w.payload()).getString("chat_id"));
    }

    /** lc-sdk-go (v5 handler), -python and -js lack every 3.6 addition and the 3.5 consolidations. */
    @Test
    void actionsAddedIn35And36AreTyped() {
        assertInstanceOf(EventDeleted.class, deliver("event_deleted", "{\"chat_id\":\"C\",\"thread_id\":\"T\",\"event_id\":\"E\"}"));
        assertInstanceOf(ThreadSummarySet.class, deliver("thread_summary_set", "{\"summary\":{\"status\":\"ok\",\"text\":\"t\"}}"));
        assertInstanceOf(AutoAccessesUpdated.class, deliver("auto_accesses_updated", "[{\"id\":\"r\",\"status\":\"deleted\"}]"));
        assertInstanceOf(TagCreated.class, deliver("tag_created", "{\"name\":\"vip\",\"group_ids\":[0]}"));
        assertInstanceOf(TagUpdated.class, deliver("tag_updated", "{\"name\":\"vip\"}"));
        assertInstanceOf(TagDeleted.class, deliver("tag_deleted", "{\"name\":\"vip\"}"));
    }

    /** lc-sdk-python builds the envelope dataclass with **kwargs: 3.6's top-level requester makes it raise. */
    @Test
    void requesterAndOtherNewEnvelopeFieldsAreAccepted() {
        byte[] body = LiveChatDelivery.builder("bot_deleted", SECRET).payloadJson("{\"id\":\"b1\"}")
                .requester(new Requester(JsonObject.of("user_id", "u@example.org", "account_id", "acc", "client_id", "cli")))
                .field("routing_hint", Map.of("shard", 3)).toBytes();
        BotDeleted w = (BotDeleted) HOOKS.verify(body);
        assertEquals("u@example.org", w.envelope().requester().userId());
        assertEquals(Map.of("shard", 3), w.envelope().json().get("routing_hint"));
    }

    /** lc-sdk-python requires every declared key: a missing additional_data (as in the chat_transferred sample) raises. */
    @Test
    void missingAdditionalDataAndUndeclaredPayloadFieldsAreFine() {
        ChatDeactivated w = (ChatDeactivated) deliver("chat_deactivated",
                "{\"chat_id\":\"C\",\"thread_id\":\"T\",\"closed_by_rule\":\"idle-30m\"}");
        assertNull(w.envelope().additionalData());
        assertNull(w.payload().userId(), "user_id is absent when the router closed the thread");
        assertEquals("idle-30m", w.payload().json().get("closed_by_rule"));
    }

    /** lc-sdk-js types auto access as access.group_ids; the reference (and LiveChat) send access.groups. */
    @Test
    void autoAccessUsesGroups() {
        AutoAccessesUpdated w = (AutoAccessesUpdated) deliver("auto_accesses_updated",
                "[{\"id\":\"r\",\"status\":\"added\",\"access\":{\"groups\":[1,2]}}]");
        assertEquals(List.of(1, 2), w.payload().get(0).access().groups());
    }

    /** lc-sdk-go declares Thread.RestrictedAccess as bool; it is the reason text. */
    @Test
    void restrictedAccessIsText() {
        IncomingChat w = (IncomingChat) deliver("incoming_chat",
                "{\"chat\":{\"id\":\"C\",\"thread\":{\"id\":\"T\",\"active\":true,\"restricted_access\":\"older than 60 days\"}}}");
        assertEquals("older than 60 days", w.payload().chat().thread().restrictedAccess());
    }

    /** lc-sdk-go compares secret_key with !=; an empty configured secret silently disables its check. */
    @Test
    void emptySecretCannotDisableVerificationAndNearMissesFail() {
        assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder().secrets(""));
        assertThrows(IllegalArgumentException.class, () -> LiveChatWebhooks.builder().actionSecrets("incoming_chat", ""));
        for (String nearMiss : List.of("anchor-secre", "anchor-secret ", "Anchor-secret", "anchor-secret-and-more", "")) {
            byte[] body = LiveChatDelivery.builder("thread_tagged", nearMiss).payloadJson("{}").toBytes();
            assertThrows(WebhookVerificationException.class, () -> HOOKS.verify(body), nearMiss);
        }
    }

    /** lc-sdk-go's Event only downcasts to message, file, rich message, system message and filled form. */
    @Test
    void customFormAndSystemEventsAreTyped() {
        String events = "{\"chat_id\":\"C\",\"thread_id\":\"T\",\"event\":%s}";
        assertInstanceOf(CustomEvent.class, ((IncomingEvent) deliver("incoming_event",
                events.formatted("{\"type\":\"custom\",\"content\":{\"a\":1}}"))).payload().event());
        assertInstanceOf(FormEvent.class, ((IncomingEvent) deliver("incoming_event",
                events.formatted("{\"type\":\"form\",\"fields\":[]}"))).payload().event());
        assertInstanceOf(SystemEvent.class, ((IncomingEvent) deliver("incoming_event",
                events.formatted("{\"type\":\"system\",\"details\":\"{}\"}"))).payload().event());
    }

    /** lc-sdk-go turns chat.thread into Chat.Threads with custom code; a plain decoder must read the single thread. */
    @Test
    void incomingChatCarriesOneThread() {
        IncomingChat w = (IncomingChat) deliver("incoming_chat", "{\"chat\":{\"id\":\"C\",\"thread\":{\"id\":\"T\",\"events\":[]}}}");
        assertEquals("T", w.payload().chat().thread().id());
        assertNull(w.payload().chat().threads());
    }

    /** The notes: incoming_customer's payload is wrapped in the reference, bare in lc-sdk-go's fixture. */
    @Test
    void incomingCustomerBothShapes() {
        assertEquals("c1", ((IncomingCustomer) deliver("incoming_customer", "{\"customer\":{\"id\":\"c1\",\"type\":\"customer\"}}"))
                .customer().id());
        assertEquals("c2", ((IncomingCustomer) deliver("incoming_customer", "{\"id\":\"c2\",\"type\":\"customer\"}")).customer().id());
    }

    /** Webhook reference: "accepting chats"; RTM pushes: "accepting_chats". */
    @Test
    void routingStatusInBothSpellings() {
        RoutingStatusSet spaced = (RoutingStatusSet) deliver("routing_status_set", "{\"agent_id\":\"a\",\"status\":\"accepting chats\"}");
        RoutingStatusSet underscored = (RoutingStatusSet) deliver("routing_status_set",
                "{\"agent_id\":\"a\",\"status\":\"accepting_chats\"}");
        assertEquals(RoutingStatus.ACCEPTING_CHATS, spaced.payload().status().canonical());
        assertEquals(RoutingStatus.ACCEPTING_CHATS, underscored.payload().status().canonical());
        assertEquals("accepting chats", spaced.json().getObject("payload").getString("status"), "written back as sent");
    }
}
