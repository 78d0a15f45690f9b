package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An auto access rule was updated ({@code auto_access_updated}, 3.4 only; 3.5 replaced the three with {@link AutoAccessesUpdated}). The payload
 * is a single rule object; a delivery of this action whose payload is an array decodes to {@link AutoAccessesUpdated}.
 *
 * @param envelope the delivery's envelope ({@code action} {@code auto_access_updated})
 * @param payload the rule
 */
public record AutoAccessUpdated(LiveChatEnvelope envelope, AutoAccessChange payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AutoAccessUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
