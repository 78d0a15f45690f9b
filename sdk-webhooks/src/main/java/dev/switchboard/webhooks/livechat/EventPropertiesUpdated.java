package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * An event's properties changed ({@code event_properties_updated}); only the changed properties are sent.
 */
public final class EventPropertiesUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public EventPropertiesUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the changed properties; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public PropertiesUpdate payload() {
        return object("payload", PropertiesUpdate::new);
    }
}
