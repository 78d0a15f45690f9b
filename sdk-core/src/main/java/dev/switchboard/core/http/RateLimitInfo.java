package dev.switchboard.core.http;

import dev.switchboard.core.spi.Headers;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} headers of a
 * response, as Intercom (and others) send them. Any of them may be absent or unparseable; those are empty.
 *
 * @param limit requests allowed in the current window
 * @param remaining requests left in the current window
 * @param reset when the window resets ({@code X-RateLimit-Reset} is epoch seconds)
 */
public record RateLimitInfo(OptionalLong limit, OptionalLong remaining, Optional<Instant> reset) {

    /**
     * @param headers response headers
     * @return the rate-limit headers found there
     */
    public static RateLimitInfo from(Headers headers) {
        OptionalLong reset = number(headers, "X-RateLimit-Reset");
        return new RateLimitInfo(
                number(headers, "X-RateLimit-Limit"),
                number(headers, "X-RateLimit-Remaining"),
                reset.isPresent() ? Optional.of(Instant.ofEpochSecond(reset.getAsLong())) : Optional.empty());
    }

    private static OptionalLong number(Headers headers, String name) {
        Optional<String> v = headers.first(name);
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** @return whether any of the three headers was present and numeric */
    public boolean isPresent() {
        return limit.isPresent() || remaining.isPresent() || reset.isPresent();
    }
}
