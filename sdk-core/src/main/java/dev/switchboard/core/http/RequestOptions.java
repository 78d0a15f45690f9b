package dev.switchboard.core.http;

import java.time.Duration;
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
 * RequestOptions slow = RequestOptions.builder().readTimeout(Duration.ofMinutes(2)).maxRetries(0).build();
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration attemptTimeout;
    private final Duration deadline;
    private final Integer maxRetries;
    private final Map<String, String> headers;

    private RequestOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.attemptTimeout = b.attemptTimeout;
        this.deadline = b.deadline;
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
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.attemptTimeout = attemptTimeout;
        b.deadline = deadline;
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
        override.connectTimeout().ifPresent(b::connectTimeout);
        override.readTimeout().ifPresent(b::readTimeout);
        override.writeTimeout().ifPresent(b::writeTimeout);
        override.attemptTimeout().ifPresent(b::attemptTimeout);
        override.deadline().ifPresent(b::deadline);
        override.maxRetries().ifPresent(b::maxRetries);
        override.headers().forEach(b::header);
        return b.build();
    }

    /** @return the connect timeout override */
    public Optional<Duration> connectTimeout() {
        return Optional.ofNullable(connectTimeout);
    }

    /** @return the read timeout override */
    public Optional<Duration> readTimeout() {
        return Optional.ofNullable(readTimeout);
    }

    /** @return the write timeout override */
    public Optional<Duration> writeTimeout() {
        return Optional.ofNullable(writeTimeout);
    }

    /** @return the override of the time one attempt may take, from connecting to reading the whole body */
    public Optional<Duration> attemptTimeout() {
        return Optional.ofNullable(attemptTimeout);
    }

    /** @return the override of the total time the call may take, across all attempts and waits */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
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
                && Objects.equals(r.connectTimeout, connectTimeout)
                && Objects.equals(r.readTimeout, readTimeout)
                && Objects.equals(r.writeTimeout, writeTimeout)
                && Objects.equals(r.attemptTimeout, attemptTimeout)
                && Objects.equals(r.deadline, deadline)
                && Objects.equals(r.maxRetries, maxRetries)
                && r.headers.equals(headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeout, readTimeout, writeTimeout, attemptTimeout, deadline, maxRetries, headers);
    }

    /** @return the overridden settings; header values are left out */
    @Override
    public String toString() {
        return "RequestOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", attemptTimeout=" + attemptTimeout + ", deadline=" + deadline
                + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}; not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private Duration attemptTimeout;
        private Duration deadline;
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param timeout how long connecting may take; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Durations.positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout longest silence while reading the response; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Durations.positive(timeout, "readTimeout");
            return this;
        }

        /**
         * @param timeout longest stall while writing the request; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Durations.positive(timeout, "writeTimeout");
            return this;
        }

        /**
         * @param timeout the longest one attempt may take; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder attemptTimeout(Duration timeout) {
            this.attemptTimeout = Durations.positive(timeout, "attemptTimeout");
            return this;
        }

        /**
         * @param deadline the longest the whole call may take, retries and waits included; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder deadline(Duration deadline) {
            this.deadline = Durations.positive(deadline, "deadline");
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
