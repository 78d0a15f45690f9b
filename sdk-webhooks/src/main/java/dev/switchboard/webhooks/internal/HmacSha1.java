package dev.switchboard.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA1 over raw bytes, as Intercom signs its webhook bodies. */
public final class HmacSha1 {
    /** Length of a digest in bytes. */
    public static final int LENGTH = 20;

    private HmacSha1() {
    }

    /**
     * @param secret the key, used as its UTF-8 bytes
     * @param body the bytes to sign, exactly as sent
     * @return the 20-byte digest
     */
    public static byte[] digest(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    /**
     * @param secret the key
     * @param body the bytes to sign
     * @return the digest as lowercase hex (40 characters)
     */
    public static String hex(String secret, byte[] body) {
        return HexFormat.of().formatHex(digest(secret, body));
    }
}
