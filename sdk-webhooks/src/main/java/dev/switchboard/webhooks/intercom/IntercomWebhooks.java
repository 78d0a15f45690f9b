package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.internal.JsonInput;
import dev.switchboard.webhooks.internal.SecretMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies and decodes Intercom webhook notifications.
 *
 * <p>Intercom signs every delivery with {@code X-Hub-Signature: sha1=<hex>}, the HMAC-SHA1 of the raw body keyed
 * with the app's client secret. The signature is checked over the bytes exactly as received, before any JSON is
 * parsed, in constant time, against every configured secret (give the old and the new one while rotating).
 *
 * <pre>{@code
 * IntercomWebhooks intercom = IntercomWebhooks.builder()
 *         .clientSecrets(System.getenv("INTERCOM_CLIENT_SECRET"))
 *         .build();
 * IntercomNotification n = intercom.verify(body, headers);   // raw bytes + the request's headers
 * }</pre>
 *
 * <p>There is no timestamp in the signature, so a captured delivery can be replayed: deduplicate on
 * {@link IntercomNotification#id()} (see {@link dev.switchboard.webhooks.Deduplicator}). Immutable and thread-safe;
 * its {@code toString()} shows no secret.
 */
public final class IntercomWebhooks {
    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Hub-Signature";
    static final String WHAT = "Intercom notification body";

    private final List<String> secrets;
    private final WebhookLimits limits;

    private IntercomWebhooks(Builder b) {
        this.secrets = List.copyOf(b.secrets);
        this.limits = b.limits;
    }

    /** @return a builder with no secrets and the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies the signature, then decodes the notification.
     *
     * @param body the raw request body, exactly as received
     * @param headers the request headers (names in any case)
     * @return the notification
     * @throws WebhookVerificationException if {@code X-Hub-Signature} is missing, malformed (for example
     *     {@code sha1=zz}, {@code sha256=...}, no prefix) or matches no client secret
     * @throws WebhookDecodeException if the body is too large, too deep, or not a notification
     */
    public IntercomNotification verify(byte[] body, WebhookHeaders headers) {
        verifySignature(body, headers);
        return decode(body, limits);
    }

    /**
     * {@link #verify(byte[], WebhookHeaders)} with headers as servlet containers, Spring and the JDK server give them.
     *
     * @param body the raw request body
     * @param headers names to values; names in any case
     * @return the notification
     * @throws WebhookVerificationException if the signature does not verify
     * @throws WebhookDecodeException if the body is malformed
     */
    public IntercomNotification verify(byte[] body, Map<String, List<String>> headers) {
        return verify(body, WebhookHeaders.of(headers));
    }

    /**
     * {@link #verify(byte[], WebhookHeaders)} with headers given inline, for example
     * {@code verify(body, "X-Hub-Signature", signature)}.
     *
     * @param body the raw request body
     * @param headerNamesAndValues name, value, name, value, ...
     * @return the notification
     * @throws WebhookVerificationException if the signature does not verify
     * @throws WebhookDecodeException if the body is malformed
     * @throws IllegalArgumentException if an odd number of strings is given
     */
    public IntercomNotification verify(byte[] body, String... headerNamesAndValues) {
        return verify(body, WebhookHeaders.of(headerNamesAndValues));
    }

    /**
     * Checks the signature only (and the body size), parsing nothing: verify now, decode later.
     *
     * @param body the raw request body
     * @param headers the request headers
     * @throws WebhookVerificationException if the signature does not verify
     * @throws WebhookDecodeException if the body is missing or larger than the limit
     */
    public void verifySignature(byte[] body, WebhookHeaders headers) {
        JsonInput.checkSize(body, limits, WHAT);
        IntercomSignature.verify(body, headers == null ? WebhookHeaders.empty() : headers, secrets);
    }

    /**
     * Decodes a notification without checking a signature: for notifications verified before, for example read back
     * from your own queue, and for tools. Never use it on a request that just arrived.
     *
     * @param body a notification body
     * @param limits the limits to apply
     * @return the notification
     * @throws WebhookDecodeException if the body is malformed
     */
    public static IntercomNotification decodeWithoutVerification(byte[] body, WebhookLimits limits) {
        return decode(body, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * {@link #decodeWithoutVerification(byte[], WebhookLimits)} with the default limits.
     *
     * @param body a notification body
     * @return the notification
     * @throws WebhookDecodeException if the body is malformed
     */
    public static IntercomNotification decodeWithoutVerification(byte[] body) {
        return decode(body, WebhookLimits.defaults());
    }

    /**
     * The signature Intercom would send, for tests of your receiver.
     *
     * @param body the body, exactly as it will be sent
     * @param clientSecret the app's client secret
     * @return the {@code X-Hub-Signature} value: {@code sha1=} and 40 lowercase hex digits
     */
    public static String sign(byte[] body, String clientSecret) {
        return IntercomSignature.sign(Objects.requireNonNull(body, "body"), SecretMatcher.requireSecret(clientSecret));
    }

    /** @return the limits applied to bodies */
    public WebhookLimits limits() {
        return limits;
    }

    private static IntercomNotification decode(byte[] body, WebhookLimits limits) {
        JsonObject root = JsonInput.object(body, limits, WHAT);
        if (!(root.get("topic") instanceof String)) {
            throw new WebhookDecodeException("could not decode " + WHAT + ": it has no topic string", "path $.topic", null);
        }
        JsonObject data = root.getObject("data");
        if (data == null || data.getObject("item") == null) {
            throw new WebhookDecodeException("could not decode " + WHAT + ": it has no data.item object",
                    "path $.data.item", null);
        }
        return new IntercomNotification(root);
    }

    @Override
    public String toString() {
        return "IntercomWebhooks[" + secrets.size() + " client secrets, " + limits + "]";
    }

    /** Configures {@link IntercomWebhooks}. At least one client secret is required. */
    public static final class Builder {
        private final List<String> secrets = new ArrayList<>();
        private WebhookLimits limits = WebhookLimits.defaults();

        private Builder() {
        }

        /**
         * @param clientSecrets the app's client secret (Developer Hub, Basic Info); several while rotating
         * @return this builder
         * @throws IllegalArgumentException if a secret is null or empty
         */
        public Builder clientSecrets(String... clientSecrets) {
            for (String s : clientSecrets) {
                secrets.add(SecretMatcher.requireSecret(s));
            }
            return this;
        }

        /**
         * @param limits body size and nesting limits
         * @return this builder
         */
        public Builder limits(WebhookLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @return the verifier
         * @throws IllegalStateException if no client secret was configured
         */
        public IntercomWebhooks build() {
            if (secrets.isEmpty()) {
                throw new IllegalStateException("configure at least one Intercom client secret");
            }
            return new IntercomWebhooks(this);
        }
    }
}
