package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** An agent or customer was added to a chat ({@code user_added_to_chat}). */
public final class UserAddedToChat extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public UserAddedToChat(JsonObject json) {
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

    /** The payload of {@code user_added_to_chat}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return the chat */
        public String chatId() {
            return id("chat_id");
        }

        /** @return the thread, when the chat is active */
        public String threadId() {
            return id("thread_id");
        }

        /**
         * @return the user, chosen by its {@code type}: {@link Agent}, {@link Customer} or {@link UnknownUser}
         * @throws DecodeException if it is not an object
         */
        public User user() {
            return (User) object("user", UserModel::of);
        }

        /** @return {@code agent} or {@code customer} (listed by the reference, missing from its sample) */
        public String userType() {
            return string("user_type");
        }

        /** @return why, for example {@code manual} */
        public String reason() {
            return string("reason");
        }

        /** @return who added the user, when an agent did */
        public String requesterId() {
            return id("requester_id");
        }
    }
}
