package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An agent account changed ({@code agent_updated}); the payload holds the id and the changed fields. 3.6 adds the envelope's {@link LiveChatEnvelope#requester()}.
 *
 * @param envelope the delivery's envelope ({@code action} {@code agent_updated})
 * @param payload the id and changed fields
 */
public record AgentUpdated(LiveChatEnvelope envelope, AgentAccount payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AgentUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the agent's id */
    public String agentId() {
        return payload.id();
    }
}
