package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An agent account was unsuspended ({@code agent_unsuspended}). 3.6 adds the envelope's {@link LiveChatEnvelope#requester()}.
 *
 * @param envelope the delivery's envelope ({@code action} {@code agent_unsuspended})
 * @param payload the account's id only
 */
public record AgentUnsuspended(LiveChatEnvelope envelope, AgentAccount payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AgentUnsuspended {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the agent's id */
    public String agentId() {
        return payload.id();
    }
}
