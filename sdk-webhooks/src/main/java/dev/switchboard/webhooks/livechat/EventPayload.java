package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** The payload of {@code incoming_event} and {@code event_updated}: an event and where it is. */
public final class EventPayload extends LiveChatModel {

    /** @param json the payload as sent */
    public EventPayload(JsonObject json) {
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
     * @return the event, chosen by its {@code type} ({@link UnknownEvent} for a type this SDK does not know)
     * @throws DecodeException if it is not an object
     */
    public Event event() {
        return (Event) object("event", EventModel::of);
    }
}
