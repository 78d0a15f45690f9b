package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * An auto access rule was added ({@code auto_access_added}, 3.4 only; 3.5 replaced the three with
 * {@link AutoAccessesUpdated}). The payload is a single rule object; a delivery of this action whose payload is
 * an array decodes to {@link AutoAccessesUpdated}.
 */
public final class AutoAccessAdded extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public AutoAccessAdded(JsonObject json) {
        super(json);
    }

    /**
     * @return the rule; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public AutoAccessChange payload() {
        return object("payload", AutoAccessChange::new);
    }
}
