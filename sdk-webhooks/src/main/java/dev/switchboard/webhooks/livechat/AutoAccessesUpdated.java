package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * Auto access rules changed ({@code auto_accesses_updated}, 3.5+). Unlike every other webhook its payload is a JSON
 * <em>array</em>: one entry per rule the change touched. LiveChat's own samples of this webhook say
 * {@code "action": "auto_access_added"}; a delivery of any {@code auto_access_*} action whose payload is an array
 * decodes to this type, with the action kept as sent.
 */
public final class AutoAccessesUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public AutoAccessesUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the affected rules, in order; {@code null} when the delivery has no payload. An element that is not an
     *     object throws {@link DecodeException} when it is read.
     * @throws DecodeException if the payload is not an array
     */
    @Override
    public List<AutoAccessChange> payload() {
        return list("payload", AutoAccessChange::new);
    }
}
