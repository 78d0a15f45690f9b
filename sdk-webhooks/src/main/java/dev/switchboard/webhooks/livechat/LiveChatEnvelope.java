package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The fields every LiveChat delivery carries around its {@code payload}.
 *
 * <p>{@link #toString()} never shows {@code secret_key}; the field itself is kept so that a delivery can be written
 * back exactly (use {@link LiveChatWebhook#toRedactedJson()} to print one).
 *
 * @param webhookId the id of the registered webhook (not of this delivery: do not deduplicate on it)
 * @param secretKey the secret given at registration, echoed in every delivery; compared by {@link LiveChatWebhooks}
 * @param action what happened, for example {@code incoming_chat}
 * @param organizationId the customer organization (3.4+)
 * @param licenseId the license number, in place of {@code organization_id} in deliveries of 3.3 and older
 * @param requester (3.6, configuration webhooks) who made the change
 * @param additionalData what the registration asked for in addition; absent in some deliveries
 * @param extra fields this SDK does not know
 */
public record LiveChatEnvelope(
        @JsonProperty("webhook_id") String webhookId,
        @JsonProperty("secret_key") String secretKey,
        @JsonProperty("action") String action,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("license_id") Long licenseId,
        @JsonProperty("requester") Requester requester,
        @JsonProperty("additional_data") AdditionalData additionalData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** The value that stands in for {@code secret_key} in {@code toString()} and redacted JSON. */
    public static final String REDACTED = "[redacted]";

    /** Keeps unknown fields immutable. */
    public LiveChatEnvelope {
        extra = Extras.of(extra);
    }

    /**
     * @param secretKey the secret to put in its place
     * @return a copy with another {@code secret_key}
     */
    public LiveChatEnvelope withSecretKey(String secretKey) {
        return new LiveChatEnvelope(webhookId, secretKey, action, organizationId, licenseId, requester, additionalData, extra);
    }

    /** @return the fields, with {@code secret_key} redacted */
    @Override
    public String toString() {
        return "LiveChatEnvelope[webhookId=" + webhookId + ", secretKey=" + (secretKey == null ? null : REDACTED)
                + ", action=" + action + ", organizationId=" + organizationId + ", licenseId=" + licenseId
                + ", requester=" + requester + ", additionalData=" + additionalData + ", extra=" + extra + "]";
    }
}
