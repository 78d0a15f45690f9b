package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * Where a delivery's secret is taken out: every view of a LiveChat delivery is built over a copy of its JSON in which
 * {@code secret_key} reads {@value LiveChatEnvelope#REDACTED}, so whatever prints, logs or serializes a view (its
 * {@code json()}, {@code toString()}, Jackson, {@code Json.write}, the CLI) cannot show the secret.
 */
final class SecretKey {
    /** The envelope field holding the secret. */
    static final String FIELD = "secret_key";

    private SecretKey() {
    }

    /**
     * @param delivery a delivery (or its envelope) as received
     * @return the same object with a present, non-null {@code secret_key} replaced by
     *     {@value LiveChatEnvelope#REDACTED}; every other value, and the key's position, kept exactly
     */
    static JsonObject redact(JsonObject delivery) {
        String secret = delivery.getString(FIELD); // one lookup for the usual string; the rest only when it is not
        if (secret != null ? LiveChatEnvelope.REDACTED.equals(secret)
                : !delivery.containsKey(FIELD) || delivery.isNull(FIELD)) {
            return delivery; // nothing to hide, or a view's JSON, already redacted
        }
        return delivery.with(FIELD, LiveChatEnvelope.REDACTED);
    }
}
