package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A bot was created ({@code bot_created}); the payload is complete.
 */
public final class BotCreated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public BotCreated(JsonObject json) {
        super(json);
    }

    /**
     * @return the new bot; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Bot payload() {
        return object("payload", Bot::new);
    }
}
