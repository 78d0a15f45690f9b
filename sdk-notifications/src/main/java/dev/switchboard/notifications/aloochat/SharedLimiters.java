package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.ratelimit.RateLimiter;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default limiters, one per API key: AlooChat counts its limits per key, so every client built in this JVM with
 * the same key (against the same base URL, with the same limits, mode and clock) gets the same limiter. The key is
 * held only as a SHA-256 digest, and a limiter no client uses any more can be garbage-collected.
 */
final class SharedLimiters {
    private record Key(String keyDigest, String baseUrl, RateLimiter.Mode mode, List<RateLimiter.Window> windows,
            Clock clock) {
        @Override
        public String toString() {
            return "SharedLimiters.Key{" + baseUrl + ", " + mode + ", " + windows + "}";
        }
    }

    private static final Map<Key, WeakReference<RateLimiter>> LIMITERS = new ConcurrentHashMap<>();

    private SharedLimiters() {
    }

    static RateLimiter forKey(String apiKey, String baseUrl, RateLimiter.Mode mode, List<RateLimiter.Window> windows,
            Clock clock) {
        LIMITERS.values().removeIf(ref -> ref.get() == null);
        Key key = new Key(digest(apiKey), baseUrl, mode, List.copyOf(windows), clock);
        RateLimiter[] out = new RateLimiter[1];
        LIMITERS.compute(key, (k, ref) -> {
            RateLimiter existing = ref == null ? null : ref.get();
            out[0] = existing != null ? existing : RateLimiter.of(mode, clock, windows);
            return existing != null ? ref : new WeakReference<>(out[0]);
        });
        return out[0];
    }

    private static String digest(String apiKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
