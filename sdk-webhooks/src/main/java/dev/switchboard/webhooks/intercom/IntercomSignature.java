package dev.switchboard.webhooks.intercom;

import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.WebhookVerificationException.Reason;
import dev.switchboard.webhooks.internal.HmacSha1;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Intercom's {@code X-Hub-Signature}: {@code sha1=} and the lowercase hex HMAC-SHA1 of the raw body, keyed with the
 * app's client secret. Parsing never throws anything but {@link WebhookVerificationException}.
 */
final class IntercomSignature {
    static final String PREFIX = "sha1=";
    private static final int HEX_LENGTH = HmacSha1.LENGTH * 2;

    private IntercomSignature() {
    }

    /**
     * @param body the raw body
     * @param headers the request headers
     * @param secrets the accepted client secrets
     * @throws WebhookVerificationException if the header is missing, malformed, or matches no secret
     */
    static void verify(byte[] body, WebhookHeaders headers, List<String> secrets) {
        List<String> values = headers.values(IntercomWebhooks.SIGNATURE_HEADER);
        if (values.isEmpty()) {
            throw new WebhookVerificationException(Reason.MISSING, "the Intercom delivery has no "
                    + IntercomWebhooks.SIGNATURE_HEADER + " header");
        }
        List<byte[]> presented = new ArrayList<>();
        String problem = null;
        for (String value : values) {
            String p = parse(value, presented);
            if (p != null && problem == null) {
                problem = p;
            }
        }
        if (presented.isEmpty()) {
            throw new WebhookVerificationException(Reason.MALFORMED, IntercomWebhooks.SIGNATURE_HEADER + " " + problem);
        }
        boolean match = false;
        for (String secret : secrets) {
            byte[] expected = HmacSha1.digest(secret, body);
            for (byte[] candidate : presented) {
                match |= MessageDigest.isEqual(expected, candidate);
            }
        }
        if (!match) {
            throw new WebhookVerificationException(Reason.MISMATCH, IntercomWebhooks.SIGNATURE_HEADER
                    + " does not match the body under any configured client secret");
        }
    }

    /** Adds the digest to {@code out} and returns null, or returns what is wrong with the value. */
    private static String parse(String value, List<byte[]> out) {
        String v = value.strip();
        int eq = v.indexOf('=');
        if (eq < 0) {
            return "is not of the form sha1=<hex>";
        }
        String algorithm = v.substring(0, eq).toLowerCase(Locale.ROOT);
        if (!algorithm.equals("sha1")) {
            return algorithm.length() <= 16 && algorithm.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                    ? "uses " + algorithm + ", not sha1" : "is not of the form sha1=<hex>";
        }
        String hex = v.substring(eq + 1);
        if (hex.length() != HEX_LENGTH) {
            return "does not hold a " + HEX_LENGTH + "-digit hex digest";
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return "does not hold a " + HEX_LENGTH + "-digit hex digest";
            }
        }
        out.add(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
        return null;
    }

    /**
     * @param body the raw body
     * @param secret the client secret
     * @return the header value Intercom would send
     */
    static String sign(byte[] body, String secret) {
        return PREFIX + HmacSha1.hex(secret, body);
    }
}
