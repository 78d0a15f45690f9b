package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A chat was deactivated: its open thread was closed ({@code chat_deactivated}). */
public final class ChatDeactivated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public ChatDeactivated(JsonObject json) {
        super(json);
    }

    /**
     * @return which chat and thread, and who closed it; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code chat_deactivated}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return the chat */
        public String chatId() {
            return id("chat_id");
        }

        /** @return the closed thread */
        public String threadId() {
            return id("thread_id");
        }

        /** @return who closed it; {@code null} when the router did */
        public String userId() {
            return id("user_id");
        }
    }
}
