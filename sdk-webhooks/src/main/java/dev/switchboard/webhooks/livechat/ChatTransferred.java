package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/** A chat was transferred to other groups or agents ({@code chat_transferred}). */
public final class ChatTransferred extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public ChatTransferred(JsonObject json) {
        super(json);
    }

    /**
     * @return the transfer; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code chat_transferred}. */
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

        /** @return who asked for the transfer */
        public String requesterId() {
            return id("requester_id");
        }

        /** @return {@code manual}, {@code inactive}, {@code assigned}, {@code unassigned} or {@code other} */
        public String reason() {
            return string("reason");
        }

        /**
         * @return the groups and agents the chat is assigned to now
         * @throws DecodeException if it is not an object
         */
        public TransferredTo transferredTo() {
            return object("transferred_to", TransferredTo::new);
        }

        /**
         * @return the queue position, when the chat is queued after the transfer
         * @throws DecodeException if it is not an object
         */
        public Queue queue() {
            return object("queue", Queue::new);
        }
    }

    /** Where a chat went. */
    public static final class TransferredTo extends LiveChatModel {

        /** @param json the object as sent */
        public TransferredTo(JsonObject json) {
            super(json);
        }

        /**
         * @return the groups (integers)
         * @throws DecodeException if it is not an array
         */
        public List<Integer> groupIds() {
            return integers("group_ids");
        }

        /**
         * @return the agents
         * @throws DecodeException if it is not an array
         */
        public List<String> agentIds() {
            return strings("agent_ids");
        }
    }
}
