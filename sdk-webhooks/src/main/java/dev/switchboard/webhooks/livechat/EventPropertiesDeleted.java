package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * Properties of an event were deleted ({@code event_properties_deleted}).
 */
public final class EventPropertiesDeleted extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public EventPropertiesDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return the deleted property names; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public PropertiesDeletion payload() {
        return object("payload", PropertiesDeletion::new);
    }
}
