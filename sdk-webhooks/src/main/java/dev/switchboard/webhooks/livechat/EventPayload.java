package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The payload of {@code incoming_event} and {@code event_updated}: an event and where it is.
 *
 * @param chatId the chat
 * @param threadId the thread
 * @param event the event, typed by its {@code type}
 * @param extra fields this SDK does not know
 */
public record EventPayload(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("thread_id") String threadId,
        @JsonProperty("event") Event event,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public EventPayload {
        extra = Extras.of(extra);
    }
}
