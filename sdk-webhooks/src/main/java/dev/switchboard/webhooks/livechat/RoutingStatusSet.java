package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * An agent's or bot's routing status changed ({@code routing_status_set}). The status comes as {@code accepting chats}
 * in the webhook reference and {@code accepting_chats} elsewhere; it is kept as spelled, and
 * {@link RoutingStatus#canonical()} treats both alike.
 */
public final class RoutingStatusSet extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public RoutingStatusSet(JsonObject json) {
        super(json);
    }

    /**
     * @return who and the new status; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code routing_status_set}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return the agent or bot */
        public String agentId() {
            return id("agent_id");
        }

        /**
         * @return the new status, kept as spelled
         * @throws DecodeException if it is not a string
         */
        public RoutingStatus status() {
            return openEnum("status", RoutingStatus::of);
        }
    }
}
