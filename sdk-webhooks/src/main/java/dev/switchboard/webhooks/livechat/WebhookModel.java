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
    /** Built on first use (most handlers read only the payload); a race builds two equal envelopes, both immutable. */
    private LiveChatEnvelope envelope;

    WebhookModel(JsonObject json) {
        super(SecretKey.redact(json));
        this.withSecret = json;
    }

    /** @return the fields around the payload, {@code secret_key} redacted in its JSON */
    public LiveChatEnvelope envelope() {
        LiveChatEnvelope e = envelope;
        if (e == null) {
            e = new LiveChatEnvelope(withSecret.without("payload"));
            envelope = e;
        }
        return e;
    }

    /** @return the delivery exactly as received, {@code secret_key} included: never print or log it */
    public JsonObject rawJsonWithSecret() {
        return withSecret;
    }
}
