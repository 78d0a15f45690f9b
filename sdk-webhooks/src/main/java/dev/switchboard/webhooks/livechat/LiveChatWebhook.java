package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * A verified LiveChat delivery: one final class per action, each a typed view over the delivery's JSON with the
 * {@linkplain #envelope() envelope} and a typed {@code payload()}. Actions this SDK does not know decode to
 * {@link UnknownLiveChatWebhook}.
 *
 * <pre>{@code
 * LiveChatWebhook webhook = livechat.verify(body);
 * if (webhook instanceof IncomingEvent e && e.payload().event() instanceof MessageEvent m) {
 *     reply(e.payload().chatId(), m.text());
 * }
 * }</pre>
 *
 * <p>Nothing is lost and nothing fails late: every field the delivery had is in {@link #json()}, exactly as sent
 * (unknown fields, {@code null}s, number text, key order), and a value of an unexpected JSON type fails only its own
 * accessor, with a {@link dev.switchboard.core.DecodeException} naming its path from the top of the delivery (for
 * example {@code $.payload.chat.id}).
 *
 * <p>The secret never shows: {@link #json()} — and so {@code toString()}, Jackson, sdk-core's {@code Json.write}
 * and the CLI — has {@code secret_key} replaced by {@value LiveChatEnvelope#REDACTED}. Only
 * {@link #rawJsonWithSecret()} gives the delivery as it arrived, secret included. Two deliveries are equal when they
 * are of the same class and their redacted JSON is equal.
 */
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

    /**
     * @return the typed payload (for {@link UnknownLiveChatWebhook} the raw JSON value); {@code null} when the
     *     delivery has none
     * @throws dev.switchboard.core.DecodeException if the payload is not of the JSON type the action documents
     */
    Object payload();

    /**
     * @return the action exactly as sent, for example {@code incoming_chat}; {@code null} when missing
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    default String action() {
        return envelope().action();
    }

    /** @return the delivery as JSON, exactly as it arrived except {@code secret_key}, which reads {@value LiveChatEnvelope#REDACTED} */
    JsonObject json();

    /**
     * The one way to the delivery with its secret, for example to store it for a later
     * {@link LiveChatWebhooks#verify(byte[])} or to compare it with the body received.
     *
     * @return the delivery exactly as received, {@code secret_key} included: never print or log it
     */
    JsonObject rawJsonWithSecret();
}
