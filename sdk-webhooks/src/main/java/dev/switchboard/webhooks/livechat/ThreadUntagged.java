package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A tag was removed from a thread ({@code thread_untagged}).
 */
public final class ThreadUntagged extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public ThreadUntagged(JsonObject json) {
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
