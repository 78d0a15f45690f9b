package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A group was deleted ({@code group_deleted}). The verb-first spelling {@code delete_group} of the 3.4/3.5
 * reference is read as the same action.
 */
public final class GroupDeleted extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public GroupDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return the group's id only; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Group payload() {
        return object("payload", Group::new);
    }
}
