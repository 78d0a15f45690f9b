package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An event's properties changed ({@code event_properties_updated}); only the changed properties are sent.
 *
 * @param envelope the delivery's envelope ({@code action} {@code event_properties_updated})
 * @param payload the changed properties
 */
public record EventPropertiesUpdated(LiveChatEnvelope envelope, PropertiesUpdate payload) implements LiveChatWebhook {

    /** Checks the components. */
    public EventPropertiesUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
