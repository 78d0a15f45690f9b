package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A chatting customer's session fields changed ({@code customer_session_fields_updated}); sent once per active chat of
 * the customer.
 */
public final class CustomerSessionFieldsUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public CustomerSessionFieldsUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the customer, the chat and the fields; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code customer_session_fields_updated}. */
    public static final class Payload extends LiveChatModel {

        /** @param json the payload as sent */
        public Payload(JsonObject json) {
            super(json);
        }

        /** @return the customer */
        public String id() {
            return id("id");
        }

        /**
         * @return the active chat this delivery is for
         * @throws DecodeException if it is not an object
         */
        public ActiveChat activeChat() {
            return object("active_chat", ActiveChat::new);
        }

        /**
         * @return the fields: a list of one-entry objects ({@code [{"key": "value"}]}); an element of another shape
         *     throws {@link DecodeException} when it is read
         * @throws DecodeException if it is not an array
         */
        public List<Map<String, String>> sessionFields() {
            return stringMaps("session_fields");
        }
    }

    /** A customer's active chat. */
    public static final class ActiveChat extends LiveChatModel {

        /** @param json the object as sent */
        public ActiveChat(JsonObject json) {
            super(json);
        }

        /** @return the chat */
        public String chatId() {
            return id("chat_id");
        }

        /** @return its open thread */
        public String threadId() {
            return id("thread_id");
        }
    }
}
