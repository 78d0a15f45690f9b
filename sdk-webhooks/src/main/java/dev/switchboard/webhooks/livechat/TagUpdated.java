package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A tag changed ({@code tag_updated}, 3.5+). The verb-first spelling {@code update_tag} of the 3.5 reference is
 * read as the same action.
 */
public final class TagUpdated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public TagUpdated(JsonObject json) {
        super(json);
    }

    /**
     * @return the tag's name and changed fields; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Tag payload() {
        return object("payload", Tag::new);
    }
}
