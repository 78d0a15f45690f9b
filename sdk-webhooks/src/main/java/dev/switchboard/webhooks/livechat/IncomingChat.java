package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A chat came in with a new thread ({@code incoming_chat}); the thread holds the events it started with. */
public final class IncomingChat extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public IncomingChat(JsonObject json) {
        super(json);
    }

    /**
     * @return the chat; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code incoming_chat}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /**
         * @return the chat, with its one new thread
         * @throws DecodeException if it is not an object
         */
        public Chat chat() {
            return object("chat", Chat::new);
        }
    }
}
