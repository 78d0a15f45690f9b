package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A verified LiveChat delivery: one record type per action, each with the {@linkplain #envelope() envelope} and a
 * typed {@code payload()}. Actions this SDK does not know decode to {@link UnknownLiveChatWebhook}.
 *
 * <pre>{@code
 * LiveChatWebhook webhook = livechat.verify(body);
 * if (webhook instanceof IncomingEvent e && e.payload().event() instanceof MessageEvent m) {
 *     reply(e.payload().chatId(), m.text());
 * }
 * }</pre>
 *
 * <p>Written with sdk-core's {@code Json} (or {@link #toJson()}), a webhook is the delivery as it arrived, unknown
 * fields included, {@code secret_key} included; {@link #toRedactedJson()} replaces the secret for printing.
 * {@code toString()} never shows the secret.
 */
@JsonSerialize(using = LiveChatWebhookSerializer.class)
public sealed interface LiveChatWebhook permits IncomingChat, ChatDeactivated, ChatAccessUpdated, ChatTransferred,
        UserAddedToChat, UserRemovedFromChat, IncomingEvent, EventUpdated, EventDeleted, IncomingRichMessagePostback,
        ChatPropertiesUpdated, ChatPropertiesDeleted, ThreadPropertiesUpdated, ThreadPropertiesDeleted,
        EventPropertiesUpdated, EventPropertiesDeleted, ThreadTagged, ThreadUntagged, RoutingStatusSet,
        CustomerSessionFieldsUpdated, AgentCreated, AgentApproved, AgentUpdated, AgentSuspended, AgentUnsuspended,
        AgentDeleted, AutoAccessesUpdated, AutoAccessAdded, AutoAccessUpdated, AutoAccessDeleted, BotCreated,
        BotUpdated, BotDeleted, GroupCreated, GroupUpdated, GroupDeleted, TagCreated, TagUpdated, TagDeleted,
        EventsMarkedAsSeen, ThreadSummarySet, IncomingCustomer, UnknownLiveChatWebhook {

    /** @return the fields around the payload: webhook id, secret, action, organization, requester, additional data */
    LiveChatEnvelope envelope();

    /** @return the typed payload (for {@link UnknownLiveChatWebhook} the raw JSON) */
    Object payload();

    /** @return the action exactly as sent, for example {@code incoming_chat} */
    default String action() {
        return envelope().action();
    }

    /** @return the delivery as JSON, exactly as it arrived, {@code secret_key} included: do not log it */
    default JsonNode toJson() {
        return LiveChatJson.write(this, false);
    }

    /** @return the delivery as JSON with {@code secret_key} replaced by {@value LiveChatEnvelope#REDACTED}, for printing */
    default JsonNode toRedactedJson() {
        return LiveChatJson.write(this, true);
    }
}
