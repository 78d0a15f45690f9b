package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * An event was deleted ({@code event_deleted}, 3.6).
 *
 * @param envelope the delivery's envelope ({@code action} {@code event_deleted})
 * @param payload which event
 */
public record EventDeleted(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public EventDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code event_deleted}.
     *
     * @param chatId the chat
     * @param threadId the thread
     * @param eventId the deleted event
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("event_id") String eventId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
