package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A bot was deleted ({@code bot_deleted}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code bot_deleted})
 * @param payload the bot's id only
 */
public record BotDeleted(LiveChatEnvelope envelope, Bot payload) implements LiveChatWebhook {

    /** Checks the components. */
    public BotDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
