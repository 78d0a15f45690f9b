package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** An agent or customer was removed from a chat ({@code user_removed_from_chat}). */
public final class UserRemovedFromChat extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public UserRemovedFromChat(JsonObject json) {
        super(json);
    }

    /**
     * @return the chat and the user; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code user_removed_from_chat}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return the chat */
        public String chatId() {
            return id("chat_id");
        }

        /** @return the thread */
        public String threadId() {
            return id("thread_id");
        }

        /** @return the removed user */
        public String userId() {
            return id("user_id");
        }

        /** @return {@code agent} or {@code customer} */
        public String userType() {
            return string("user_type");
        }

        /** @return why, for example {@code manual} */
        public String reason() {
            return string("reason");
        }

        /** @return who removed the user */
        public String requesterId() {
            return id("requester_id");
        }
    }
}
