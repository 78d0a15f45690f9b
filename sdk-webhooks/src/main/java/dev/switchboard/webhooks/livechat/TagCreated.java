package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A tag was created ({@code tag_created}, 3.5+). The verb-first spelling {@code create_tag} of the 3.5 reference
 * is read as the same action.
 */
public final class TagCreated extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public TagCreated(JsonObject json) {
        super(json);
    }

    /**
     * @return the new tag; {@code null} when the delivery has none
     * @throws DecodeException if the payload is not an object
     */
    @Override
    public Tag payload() {
        return object("payload", Tag::new);
    }
}
