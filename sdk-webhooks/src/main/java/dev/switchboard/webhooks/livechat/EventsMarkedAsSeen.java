package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * A user has seen a chat's events up to a time ({@code events_marked_as_seen}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code events_marked_as_seen})
 * @param payload who, which chat, and up to when
 */
public record EventsMarkedAsSeen(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public EventsMarkedAsSeen {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code events_marked_as_seen}.
     *
     * @param userId who
     * @param chatId the chat
     * @param seenUpTo up to when
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("user_id") String userId,
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("seen_up_to") Timestamp seenUpTo,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
