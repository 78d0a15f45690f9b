package dev.switchboard.webhooks;

/**
 * Bounds applied to every delivery before it is parsed, so a hostile or broken sender costs little: the body size
 * (default {@value #DEFAULT_MAX_BODY_BYTES} bytes, 1 MiB) is checked before anything else, and the nesting of objects
 * and arrays (default {@value #DEFAULT_MAX_NESTING_DEPTH}) by the parser as it reads, which stops at the first bracket
 * too deep. Strings and numbers are further bounded by sdk-core's JSON limits. Exceeding a limit is a
 * {@link WebhookDecodeException}.
 *
 * <pre>{@code
 * WebhookLimits limits = WebhookLimits.defaults().withMaxBodyBytes(256 * 1024);
 * }</pre>
 *
 * <p>Immutable.
 */
public final class WebhookLimits {
    /** Default largest body accepted: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Default deepest nesting of objects and arrays accepted; real deliveries stay below 15. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
    /** The largest nesting depth that can be configured (sdk-core's parser limit). */
    public static final int MAX_CONFIGURABLE_NESTING_DEPTH = 200;

    private static final WebhookLimits DEFAULTS = new WebhookLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_NESTING_DEPTH);

    private final int maxBodyBytes;
    private final int maxNestingDepth;

    private WebhookLimits(int maxBodyBytes, int maxNestingDepth) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxNestingDepth = maxNestingDepth;
    }

    /** @return 1 MiB bodies, nesting depth {@value #DEFAULT_MAX_NESTING_DEPTH} */
    public static WebhookLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param bytes the largest body accepted, at least 1
     * @return limits with that body size
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public WebhookLimits withMaxBodyBytes(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + bytes);
        }
        return new WebhookLimits(bytes, maxNestingDepth);
    }

    /**
     * @param depth the deepest nesting of objects and arrays accepted, 1 to {@value #MAX_CONFIGURABLE_NESTING_DEPTH}
     * @return limits with that depth
     * @throws IllegalArgumentException if {@code depth} is out of range
     */
    public WebhookLimits withMaxNestingDepth(int depth) {
        if (depth < 1 || depth > MAX_CONFIGURABLE_NESTING_DEPTH) {
            throw new IllegalArgumentException("maxNestingDepth must be between 1 and " + MAX_CONFIGURABLE_NESTING_DEPTH
                    + ", was " + depth);
        }
        return new WebhookLimits(maxBodyBytes, depth);
    }

    /** @return the largest body accepted, in bytes */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** @return the deepest nesting of objects and arrays accepted */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookLimits l && l.maxBodyBytes == maxBodyBytes && l.maxNestingDepth == maxNestingDepth;
    }

    @Override
    public int hashCode() {
        return maxBodyBytes * 31 + maxNestingDepth;
    }

    @Override
    public String toString() {
        return "WebhookLimits[maxBodyBytes=" + maxBodyBytes + ", maxNestingDepth=" + maxNestingDepth + "]";
    }
}
