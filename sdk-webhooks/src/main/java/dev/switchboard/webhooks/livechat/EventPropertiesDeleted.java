package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * Properties of an event were deleted ({@code event_properties_deleted}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code event_properties_deleted})
 * @param payload the deleted property names
 */
public record EventPropertiesDeleted(LiveChatEnvelope envelope, PropertiesDeletion payload) implements LiveChatWebhook {

    /** Checks the components. */
    public EventPropertiesDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
