package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A thread's properties changed ({@code thread_properties_updated}); only the changed properties are sent.
 *
 * @param envelope the delivery's envelope ({@code action} {@code thread_properties_updated})
 * @param payload the changed properties
 */
public record ThreadPropertiesUpdated(LiveChatEnvelope envelope, PropertiesUpdate payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ThreadPropertiesUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
