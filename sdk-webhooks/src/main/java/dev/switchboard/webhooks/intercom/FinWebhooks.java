package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.fin.FinEvent;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.WebhookVerificationException.Reason;
import dev.switchboard.webhooks.internal.HmacSha1;
import dev.switchboard.webhooks.internal.JsonInput;
import dev.switchboard.webhooks.internal.SecretMatcher;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies and decodes Fin Agent API events delivered by webhook into the same {@link FinEvent} types the SSE
 * stream ({@code FinEventStream} in sdk-conversations) yields, so one handler serves both transports.
 *
 * <p>The spec says every delivery carries {@value #SIGNATURE_HEADER} but not how it is computed. This verifier uses
 * the scheme of Intercom's other webhooks: the HMAC-SHA1 of the raw body keyed with the app's client secret, as 40
 * hex digits, with or without a {@code sha1=} prefix. It is checked over the bytes exactly as received, before any
 * JSON is parsed, in constant time, against every configured secret.
 *
 * <pre>{@code
 * FinWebhooks fin = FinWebhooks.builder().clientSecrets(System.getenv("INTERCOM_CLIENT_SECRET")).build();
 * FinEvent event = fin.verify(body, headers);
 * }</pre>
 *
 * <p>{@code fin_reply_chunk} is SSE-only, so webhooks bring {@code fin_status_updated}, {@code fin_replied} and
 * {@code csat_requested}; anything else becomes an {@code UnknownFinEvent} with its JSON. Nothing time-bound is
 * signed: deduplicate (the same JSON twice is the same event). Immutable and thread-safe; {@code toString()} shows
 * no secret.
 */
public final class FinWebhooks {
    /** The signature header the spec names. */
    public static final String SIGNATURE_HEADER = "X-Fin-Agent-API-Webhook-Signature";
    private static final String WHAT = "Fin Agent API webhook body";
    private static final int HEX_LENGTH = HmacSha1.LENGTH * 2;

    private final List<String> secrets;
    private final WebhookLimits limits;

    private FinWebhooks(Builder b) {
        this.secrets = List.copyOf(b.secrets);
        this.limits = b.limits;
    }

    /** @return a builder with no secrets and the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param body the raw request body, exactly as received
     * @param headers the request headers (names in any case)
     * @return the event
     * @throws WebhookVerificationException if the signature is missing, malformed or matches no secret
     * @throws WebhookDecodeException if the body is too large, too deep, or not a JSON object
     */
    public FinEvent verify(byte[] body, WebhookHeaders headers) {
        verifySignature(body, headers);
        return decode(body, limits);
    }

    /**
     * @param body the raw request body
     * @param headers names to values, names in any case
     * @return the event
     * @throws WebhookVerificationException if the signature does not verify
     * @throws WebhookDecodeException if the body is malformed
     */
    public FinEvent verify(byte[] body, Map<String, List<String>> headers) {
        return verify(body, WebhookHeaders.of(headers));
    }

    /**
     * Checks the signature only (and the body size).
     *
     * @param body the raw request body
     * @param headers the request headers
     * @throws WebhookVerificationException if the signature does not verify
     * @throws WebhookDecodeException if the body is missing or too large
     */
    public void verifySignature(byte[] body, WebhookHeaders headers) {
        JsonInput.checkSize(body, limits, WHAT);
        List<String> values = (headers == null ? WebhookHeaders.empty() : headers).values(SIGNATURE_HEADER);
        if (values.isEmpty()) {
            throw new WebhookVerificationException(Reason.MISSING, "the Fin delivery has no " + SIGNATURE_HEADER + " header");
        }
        List<byte[]> presented = new ArrayList<>();
        for (String v : values) {
            byte[] d = parse(v);
            if (d != null) {
                presented.add(d);
            }
        }
        if (presented.isEmpty()) {
            throw new WebhookVerificationException(Reason.MALFORMED, SIGNATURE_HEADER + " does not hold a "
                    + HEX_LENGTH + "-digit hex HMAC-SHA1 digest");
        }
        boolean match = false;
        for (String secret : secrets) {
            byte[] expected = HmacSha1.digest(secret, body);
            for (byte[] candidate : presented) {
                match |= MessageDigest.isEqual(expected, candidate);
            }
        }
        if (!match) {
            throw new WebhookVerificationException(Reason.MISMATCH, SIGNATURE_HEADER
                    + " does not match the body under any configured client secret");
        }
    }

    private static byte[] parse(String value) {
        String hex = value.strip();
        if (hex.regionMatches(true, 0, "sha1=", 0, 5)) {
            hex = hex.substring(5);
        }
        if (hex.length() != HEX_LENGTH) {
            return null;
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return null;
            }
        }
        return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
    }

    /**
     * Decodes an event without checking a signature, for events verified before; never for a request that just came.
     *
     * @param body the body
     * @return the event
     * @throws WebhookDecodeException if the body is malformed
     */
    public static FinEvent decodeWithoutVerification(byte[] body) {
        return decode(body, WebhookLimits.defaults());
    }

    /**
     * The signature this verifier accepts, for tests of your receiver.
     *
     * @param body the body, exactly as it will be sent
     * @param clientSecret the secret
     * @return 40 lowercase hex digits
     */
    public static String sign(byte[] body, String clientSecret) {
        return HmacSha1.hex(SecretMatcher.requireSecret(clientSecret), Objects.requireNonNull(body, "body"));
    }

    private static FinEvent decode(byte[] body, WebhookLimits limits) {
        JsonObject root = JsonInput.object(body, limits, WHAT);
        return FinEvent.of(root);
    }

    @Override
    public String toString() {
        return "FinWebhooks[" + secrets.size() + " client secrets, " + limits + "]";
    }

    /** Configures {@link FinWebhooks}. At least one secret is required. */
    public static final class Builder {
        private final List<String> secrets = new ArrayList<>();
        private WebhookLimits limits = WebhookLimits.defaults();

        private Builder() {
        }

        /**
         * @param clientSecrets the app's client secret; several while rotating
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
         * @throws IllegalStateException if no secret was configured
         */
        public FinWebhooks build() {
            if (secrets.isEmpty()) {
                throw new IllegalStateException("configure at least one Intercom client secret");
            }
            return new FinWebhooks(this);
        }
    }
}
