package dev.switchboard.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Compares a presented shared secret with configured ones in constant time: {@link MessageDigest#isEqual} is given the
 * presented bytes first, so its running time depends only on their length (which the sender chose) and neither on the
 * configured secret's length nor on any content. Every configured secret is compared, a match or not, and nothing
 * here can print a secret.
 */
public final class SecretMatcher {
    private final List<byte[]> secrets;

    private SecretMatcher(List<byte[]> secrets) {
        this.secrets = secrets;
    }

    /**
     * @param secrets the accepted secrets, none blank
     * @return a matcher
     * @throws IllegalArgumentException if a secret is null or empty
     */
    public static SecretMatcher of(Collection<String> secrets) {
        List<byte[]> bytes = new ArrayList<>();
        for (String s : secrets) {
            bytes.add(requireSecret(s).getBytes(StandardCharsets.UTF_8));
        }
        return new SecretMatcher(List.copyOf(bytes));
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
        return secrets.size();
    }

    /**
     * Compares with every configured secret, without stopping at the first match.
     *
     * @param presented the secret a delivery carries
     * @return whether it equals one of the configured secrets
     */
    public boolean matches(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] secret : secrets) {
            match |= MessageDigest.isEqual(candidate, secret);
        }
        return match;
    }

    /**
     * @param other another matcher
     * @return a matcher accepting the secrets of both
     */
    public SecretMatcher plus(SecretMatcher other) {
        List<byte[]> all = new ArrayList<>(secrets);
        all.addAll(other.secrets);
        return new SecretMatcher(List.copyOf(all));
    }

    @Override
    public String toString() {
        return "SecretMatcher[" + secrets.size() + " secrets]";
    }
}
