package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * A chat was deactivated: its open thread was closed ({@code chat_deactivated}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code chat_deactivated})
 * @param payload which chat and thread, and who closed it
 */
public record ChatDeactivated(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ChatDeactivated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code chat_deactivated}.
     *
     * @param chatId the chat
     * @param threadId the closed thread
     * @param userId who closed it; {@code null} when the router did
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("user_id") String userId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
