package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * A delivery whose action this SDK does not know (a newer API version, or an action retired before 3.4), or that has
 * no action string. It was verified like any other; its envelope is read and its payload kept as raw JSON, so nothing
 * is lost and nothing fails.
 */
public final class UnknownLiveChatWebhook extends WebhookModel implements LiveChatWebhook {

    /** @param json the delivery as received, {@code secret_key} included (the view redacts it) */
    public UnknownLiveChatWebhook(JsonObject json) {
        super(json);
    }

    /**
     * @return the payload exactly as sent, as {@link JsonObject#get} gives it: usually a {@link JsonObject}, perhaps a
     *     {@link dev.switchboard.core.json.JsonArray} or another JSON value; {@code null} when the delivery had none
     * @throws DecodeException if it is a number beyond what Java can represent
     */
    @Override
    public Object payload() {
        return value("payload");
    }
}
