package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A thread's AI summary was written ({@code thread_summary_set}, 3.6). */
public final class ThreadSummarySet extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public ThreadSummarySet(JsonObject json) {
        super(json);
    }

    /**
     * @return the thread and its summary; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code thread_summary_set}. */
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

        /**
         * @return the summary
         * @throws DecodeException if it is not an object
         */
        public Summary summary() {
            return object("summary", Summary::new);
        }
    }
}
