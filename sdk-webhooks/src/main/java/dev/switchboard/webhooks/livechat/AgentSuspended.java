package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * An agent account was suspended ({@code agent_suspended}). 3.6 adds the envelope's
 * {@link LiveChatEnvelope#requester()}.
 */
public final class AgentSuspended extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public AgentSuspended(JsonObject json) {
        super(json);
    }

    /**
     * @return the account's id only; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public AgentAccount payload() {
        return object("payload", AgentAccount::new);
    }

    /**
     * @return the agent's id; {@code null} when the payload or its id is missing
     * @throws DecodeException if the payload is not an object or the id is neither a string nor an integer
     */
    public String agentId() {
        AgentAccount account = payload();
        return account == null ? null : account.id();
    }
}
