package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * An agent or customer was removed from a chat ({@code user_removed_from_chat}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code user_removed_from_chat})
 * @param payload the chat and the user
 */
public record UserRemovedFromChat(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public UserRemovedFromChat {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code user_removed_from_chat}.
     *
     * @param chatId the chat
     * @param threadId the thread
     * @param userId the removed user
     * @param userType {@code agent} or {@code customer}
     * @param reason why, for example {@code manual}
     * @param requesterId who removed the user
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("user_id") String userId,
            @JsonProperty("user_type") String userType,
            @JsonProperty("reason") String reason,
            @JsonProperty("requester_id") String requesterId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
