package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** An event was deleted ({@code event_deleted}, 3.6). */
public final class EventDeleted extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public EventDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return which event; {@code null} when the delivery has no payload
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Payload payload() {
        return object("payload", Payload::new);
    }

    /** The payload of {@code event_deleted}. */
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

        /** @return the deleted event */
        public String eventId() {
            return id("event_id");
        }
    }
}
