package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A user has seen a chat's events up to a time ({@code events_marked_as_seen}). */
public final class EventsMarkedAsSeen extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public EventsMarkedAsSeen(JsonObject json) {
        super(json);
    }

    /**
     * @return who, which chat, and up to when; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code events_marked_as_seen}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return who */
        public String userId() {
            return id("user_id");
        }

        /** @return the chat */
        public String chatId() {
            return id("chat_id");
        }

        /**
         * @return up to when, its text kept as sent
         * @throws DecodeException if it is not a string
         */
        public Timestamp seenUpTo() {
            return timestamp("seen_up_to");
        }
    }
}
