package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A bot changed ({@code bot_updated}); the payload holds the id and the changed fields.
 *
 * @param envelope the delivery's envelope ({@code action} {@code bot_updated})
 * @param payload the id and changed fields
 */
public record BotUpdated(LiveChatEnvelope envelope, Bot payload) implements LiveChatWebhook {

    /** Checks the components. */
    public BotUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
