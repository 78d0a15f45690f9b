package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chat was transferred to other groups or agents ({@code chat_transferred}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code chat_transferred})
 * @param payload the transfer
 */
public record ChatTransferred(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ChatTransferred {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code chat_transferred}.
     *
     * @param chatId the chat
     * @param threadId the thread, when the chat is active
     * @param requesterId who asked for the transfer
     * @param reason {@code manual}, {@code inactive}, {@code assigned}, {@code unassigned} or {@code other}
     * @param transferredTo the groups and agents the chat is assigned to now
     * @param queue the queue position, when the chat is queued after the transfer
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("requester_id") String requesterId,
            @JsonProperty("reason") String reason,
            @JsonProperty("transferred_to") TransferredTo transferredTo,
            @JsonProperty("queue") Queue queue,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }

    /**
     * Where a chat went.
     *
     * @param groupIds the groups (integers)
     * @param agentIds the agents
     * @param extra fields this SDK does not know
     */
    public record TransferredTo(
            @JsonProperty("group_ids") List<Integer> groupIds,
            @JsonProperty("agent_ids") List<String> agentIds,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public TransferredTo {
            groupIds = Copies.list(groupIds);
            agentIds = Copies.list(agentIds);
            extra = Extras.of(extra);
        }
    }
}
