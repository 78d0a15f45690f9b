package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A thread was tagged ({@code thread_tagged}).
 */
public final class ThreadTagged extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public ThreadTagged(JsonObject json) {
        super(json);
    }

    /**
     * @return the thread and the tag; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public ThreadTag payload() {
        return object("payload", ThreadTag::new);
    }
}
