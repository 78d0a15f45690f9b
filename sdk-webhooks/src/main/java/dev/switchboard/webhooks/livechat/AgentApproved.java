package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An agent account was approved and is now active ({@code agent_approved}). 3.6 adds the envelope's {@link LiveChatEnvelope#requester()}.
 *
 * @param envelope the delivery's envelope ({@code action} {@code agent_approved})
 * @param payload the account's id only
 */
public record AgentApproved(LiveChatEnvelope envelope, AgentAccount payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AgentApproved {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the agent's id */
    public String agentId() {
        return payload.id();
    }
}
