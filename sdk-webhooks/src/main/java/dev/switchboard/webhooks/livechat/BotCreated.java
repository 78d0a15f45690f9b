package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A bot was created ({@code bot_created}); the payload is complete.
 *
 * @param envelope the delivery's envelope ({@code action} {@code bot_created})
 * @param payload the new bot
 */
public record BotCreated(LiveChatEnvelope envelope, Bot payload) implements LiveChatWebhook {

    /** Checks the components. */
    public BotCreated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
