package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A bot was deleted ({@code bot_deleted}).
 */
public final class BotDeleted extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public BotDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return the bot's id only; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Bot payload() {
        return object("payload", Bot::new);
    }
}
