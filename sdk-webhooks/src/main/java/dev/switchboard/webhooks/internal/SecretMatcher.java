package dev.switchboard.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Compares a presented shared secret with configured ones in constant time. Only SHA-256 digests of the secrets are
 * kept, so the comparison also hides the secrets' lengths, and nothing here can print a secret.
 */
public final class SecretMatcher {
    private final List<byte[]> digests;

    private SecretMatcher(List<byte[]> digests) {
        this.digests = digests;
    }

    /**
     * @param secrets the accepted secrets, none blank
     * @return a matcher
     * @throws IllegalArgumentException if a secret is null or empty
     */
    public static SecretMatcher of(Collection<String> secrets) {
        List<byte[]> digests = new ArrayList<>();
        for (String s : secrets) {
            digests.add(sha256(requireSecret(s).getBytes(StandardCharsets.UTF_8)));
        }
        return new SecretMatcher(List.copyOf(digests));
    }

    /**
     * @param secret a configured secret
     * @return it, when usable
     * @throws IllegalArgumentException if it is null or empty
     */
    public static String requireSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be null or empty");
        }
        return secret;
    }

    /** @return how many secrets this matcher accepts */
    public int size() {
        return digests.size();
    }

    /**
     * Compares with every configured secret, without stopping at the first match.
     *
     * @param presented the secret a delivery carries
     * @return whether it equals one of the configured secrets
     */
    public boolean matches(String presented) {
        byte[] candidate = sha256(presented.getBytes(StandardCharsets.UTF_8));
        boolean match = false;
        for (byte[] d : digests) {
            match |= MessageDigest.isEqual(d, candidate);
        }
        return match;
    }

    /**
     * @param other another matcher
     * @return a matcher accepting the secrets of both
     */
    public SecretMatcher plus(SecretMatcher other) {
        List<byte[]> all = new ArrayList<>(digests);
        all.addAll(other.digests);
        return new SecretMatcher(List.copyOf(all));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SecretMatcher[" + digests.size() + " secrets]";
    }
}
