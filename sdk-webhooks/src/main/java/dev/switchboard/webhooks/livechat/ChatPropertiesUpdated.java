package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A chat's properties changed ({@code chat_properties_updated}); only the changed properties are sent.
 *
 * @param envelope the delivery's envelope ({@code action} {@code chat_properties_updated})
 * @param payload the changed properties
 */
public record ChatPropertiesUpdated(LiveChatEnvelope envelope, PropertiesUpdate payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ChatPropertiesUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
