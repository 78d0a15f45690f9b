package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/**
 * The fields every LiveChat delivery carries around its {@code payload}: a view over the delivery's top-level
 * object without {@code payload}. Fields this SDK does not know are in {@link #json()}.
 *
 * <p>Its {@link #json()} (and so {@code toString()} and any serialization) has {@code secret_key} replaced by
 * {@value #REDACTED}; the secret itself is kept privately for {@link #secretKey()}.
 */
public final class LiveChatEnvelope extends LiveChatModel {
    /** The value that stands in for {@code secret_key} in every view's JSON. */
    public static final String REDACTED = "[redacted]";

    /** The secret as sent, or {@code null} when absent, null or not a string. */
    private final String secret;
    /** Whether {@code secret_key} was sent with a JSON type other than string. */
    private final boolean secretMistyped;

    /**
     * @param json the envelope fields as received, {@code secret_key} included; the view keeps them with the secret
     *     redacted
     */
    public LiveChatEnvelope(JsonObject json) {
        super(SecretKey.redact(json));
        this.secret = json.getString(SecretKey.FIELD);
        this.secretMistyped = secret == null && json.containsKey(SecretKey.FIELD) && !json.isNull(SecretKey.FIELD);
    }

    /** @return the id of the registered webhook (not of this delivery: do not deduplicate on it) */
    public String webhookId() {
        return id("webhook_id");
    }

    /**
     * The raw secret of the registration, echoed in every delivery and compared by {@link LiveChatWebhooks}. It is the
     * only accessor that returns it: the envelope's JSON shows {@value #REDACTED} instead.
     *
     * @return the secret exactly as sent, or {@code null} when absent or null: never print or log it
     * @throws DecodeException if it is not a string
     */
    public String secretKey() {
        if (!secretMistyped) {
            return secret;
        }
        throw new DecodeException("could not read LiveChatEnvelope.secret_key: expected a string, was another JSON type",
                "path $." + SecretKey.FIELD, null);
    }

    /**
     * @return what happened, for example {@code incoming_chat}
     * @throws DecodeException if it is not a string
     */
    public String action() {
        return string("action");
    }

    /** @return the customer organization (3.4+) */
    public String organizationId() {
        return id("organization_id");
    }

    /** @return the license number, in place of {@code organization_id} in deliveries of 3.3 and older */
    public Long licenseId() {
        return longNumber("license_id");
    }

    /** @return (3.6, configuration webhooks) who made the change */
    public Requester requester() {
        return object("requester", Requester::new);
    }

    /** @return what the registration asked for in addition; absent in some deliveries */
    public AdditionalData additionalData() {
        return object("additional_data", AdditionalData::new);
    }
}
