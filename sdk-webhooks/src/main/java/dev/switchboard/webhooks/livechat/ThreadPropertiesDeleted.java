package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * Properties of a thread were deleted ({@code thread_properties_deleted}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code thread_properties_deleted})
 * @param payload the deleted property names
 */
public record ThreadPropertiesDeleted(LiveChatEnvelope envelope, PropertiesDeletion payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ThreadPropertiesDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
