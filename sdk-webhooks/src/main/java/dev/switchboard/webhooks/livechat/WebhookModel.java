package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * The shared part of every {@link LiveChatWebhook}: a view over the delivery with its secret redacted (see
 * {@link SecretKey}), the delivery as received kept in a private field for {@link #rawJsonWithSecret()}, and the
 * envelope. Its public methods are not final so that the public subclasses re-declare them (a public final method of
 * a package-private class could not be called reflectively from outside the package).
 */
abstract class WebhookModel extends LiveChatModel {
    private final JsonObject withSecret;
    private final LiveChatEnvelope envelope;

    WebhookModel(JsonObject json) {
        super(SecretKey.redact(json));
        this.withSecret = json;
        this.envelope = new LiveChatEnvelope(json.without("payload"));
    }

    /** @return the fields around the payload, {@code secret_key} redacted in its JSON */
    public LiveChatEnvelope envelope() {
        return envelope;
    }

    /** @return the delivery exactly as received, {@code secret_key} included: never print or log it */
    public JsonObject rawJsonWithSecret() {
        return withSecret;
    }
}
