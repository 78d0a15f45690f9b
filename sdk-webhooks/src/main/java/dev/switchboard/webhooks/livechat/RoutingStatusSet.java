package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * An agent's or bot's routing status changed ({@code routing_status_set}). The status comes as {@code accepting chats}
 * in the webhook reference and {@code accepting_chats} elsewhere; {@link RoutingStatus#canonical()} treats both alike.
 *
 * @param envelope the delivery's envelope ({@code action} {@code routing_status_set})
 * @param payload who and the new status
 */
public record RoutingStatusSet(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public RoutingStatusSet {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code routing_status_set}.
     *
     * @param agentId the agent or bot
     * @param status the new status, kept as sent
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("agent_id") String agentId,
            @JsonProperty("status") RoutingStatus status,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
