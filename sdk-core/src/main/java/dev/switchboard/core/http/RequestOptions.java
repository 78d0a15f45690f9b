package dev.switchboard.core.http;

import dev.switchboard.core.internal.HeaderChecks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-request overrides of the client's defaults: timeouts, the overall deadline, the retry budget and extra
 * headers. A value set here always wins over the client's configuration; unset values fall back to it.
 *
 * <pre>{@code
 * RequestOptions slow = RequestOptions.builder()
 *         .timeouts(Timeouts.builder().read(Duration.ofMinutes(2)).build())
 *         .maxRetries(0)
 *         .build();
 * TicketsClient patient = intercom.tickets().withOptions(slow);
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Timeouts timeouts;
    private final Integer maxRetries;
    private final Map<String, String> headers;

    private RequestOptions(Builder b) {
        this.timeouts = b.timeouts;
        this.maxRetries = b.maxRetries;
        this.headers = Map.copyOf(b.headers);
    }

    /** @return options that override nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /** @return a builder with nothing overridden */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeouts = timeouts;
        b.maxRetries = maxRetries;
        b.headers.putAll(headers);
        return b;
    }

    /**
     * Layers {@code override} on top of these options: every value {@code override} sets wins.
     *
     * @param override the more specific options
     * @return the combination
     */
    public RequestOptions overriddenBy(RequestOptions override) {
        Builder b = toBuilder();
        b.timeouts(override.timeouts);
        override.maxRetries().ifPresent(b::maxRetries);
        override.headers().forEach(b::header);
        return b.build();
    }

    /** @return the timeouts these options set; unset ones fall back to the client's */
    public Timeouts timeouts() {
        return timeouts;
    }

    /** @return the override of how many retries the call may make after its first attempt */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /** @return extra headers for this request */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestOptions r
                && r.timeouts.equals(timeouts)
                && Objects.equals(r.maxRetries, maxRetries)
                && r.headers.equals(headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeouts, maxRetries, headers);
    }

    /** @return the overridden settings; header values are left out */
    @Override
    public String toString() {
        return "RequestOptions{" + timeouts + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}; not thread-safe. */
    public static final class Builder {
        private Timeouts timeouts = Timeouts.none();
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param timeouts timeouts for the call; the ones it sets replace those set before, the others stay
         * @return this builder
         */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts").over(this.timeouts);
            return this;
        }

        /**
         * @param maxRetries retries after the first attempt; 0 disables retrying
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param name header name
         * @param value header value
         * @return this builder
         * @throws IllegalArgumentException if the name or value is not a legal header
         */
        public Builder header(String name, String value) {
            HeaderChecks.check(name, value);
            headers.put(name, value);
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
