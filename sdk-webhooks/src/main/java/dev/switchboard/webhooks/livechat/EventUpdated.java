package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * An event was updated ({@code event_updated}).
 */
public final class EventUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public EventUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the updated event and where it is; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public EventPayload payload() {
        return object("payload", EventPayload::new);
    }
}
