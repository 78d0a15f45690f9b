package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * The groups that can access a chat changed ({@code chat_access_updated}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code chat_access_updated})
 * @param payload the chat and its new access
 */
public record ChatAccessUpdated(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ChatAccessUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code chat_access_updated}.
     *
     * @param id the chat's id
     * @param access the updated access
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("id") String id,
            @JsonProperty("access") Access access,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
