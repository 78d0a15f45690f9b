package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An agent account was suspended ({@code agent_suspended}). 3.6 adds the envelope's {@link LiveChatEnvelope#requester()}.
 *
 * @param envelope the delivery's envelope ({@code action} {@code agent_suspended})
 * @param payload the account's id only
 */
public record AgentSuspended(LiveChatEnvelope envelope, AgentAccount payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AgentSuspended {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the agent's id */
    public String agentId() {
        return payload.id();
    }
}
