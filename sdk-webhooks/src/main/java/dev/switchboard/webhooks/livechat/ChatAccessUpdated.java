package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** The groups that can access a chat changed ({@code chat_access_updated}). */
public final class ChatAccessUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public ChatAccessUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the chat and its new access; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code chat_access_updated}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return the chat's id */
        public String id() {
            return id("id");
        }

        /**
         * @return the updated access
         * @throws DecodeException if it is not an object
         */
        public Access access() {
            return object("access", Access::new);
        }
    }
}
