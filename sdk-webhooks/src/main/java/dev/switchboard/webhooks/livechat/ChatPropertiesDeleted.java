package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * Properties of a chat were deleted ({@code chat_properties_deleted}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code chat_properties_deleted})
 * @param payload the deleted property names
 */
public record ChatPropertiesDeleted(LiveChatEnvelope envelope, PropertiesDeletion payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ChatPropertiesDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
