package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An agent account was created ({@code agent_created}); the payload is complete, empty fields included. 3.6 adds the envelope's {@link LiveChatEnvelope#requester()}.
 *
 * @param envelope the delivery's envelope ({@code action} {@code agent_created})
 * @param payload the new account
 */
public record AgentCreated(LiveChatEnvelope envelope, AgentAccount payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AgentCreated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the agent's id */
    public String agentId() {
        return payload.id();
    }
}
