package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A bot changed ({@code bot_updated}); the payload holds the id and the changed fields.
 */
public final class BotUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public BotUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the id and changed fields; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Bot payload() {
        return object("payload", Bot::new);
    }
}
