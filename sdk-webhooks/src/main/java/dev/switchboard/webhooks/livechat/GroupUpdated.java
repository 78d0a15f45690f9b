package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A group changed ({@code group_updated}); the payload holds the id and the changed fields. The verb-first
 * spelling {@code update_group} of the 3.4/3.5 reference is read as the same action.
 */
public final class GroupUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public GroupUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the id and changed fields; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Group payload() {
        return object("payload", Group::new);
    }
}
