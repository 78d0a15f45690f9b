package dev.switchboard.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a call may take: connecting, reading, writing, one attempt, and the whole call (the deadline, retries and
 * waits included). One value used in three places, with one rule: a setting made closer to the call wins over one
 * made further away, and an unset value falls back.
 *
 * <ul>
 *   <li>{@link ClientConfig} always holds a complete value ({@link #defaults()} where nothing was set);</li>
 *   <li>a client builder's {@code timeouts(...)} and {@link RequestOptions}' hold only what the caller set.</li>
 * </ul>
 *
 * <pre>{@code
 * Timeouts slow = Timeouts.builder().read(Duration.ofMinutes(2)).deadline(Duration.ofMinutes(5)).build();
 * Intercom intercom = Intercom.builder().accessToken(token).timeouts(slow).build();
 * tickets.withOptions(RequestOptions.builder().timeouts(Timeouts.ofDeadline(Duration.ofSeconds(10))).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every duration is positive; a builder rejects anything else, naming the setting.
 */
public final class Timeouts {
    private static final Timeouts NONE = new Builder().build();
    private static final Timeouts DEFAULTS = new Builder().connect(Duration.ofSeconds(10)).read(Duration.ofSeconds(30))
            .write(Duration.ofSeconds(30)).attempt(Duration.ofSeconds(60)).deadline(Duration.ofMinutes(2)).build();

    private final Duration connect;
    private final Duration read;
    private final Duration write;
    private final Duration attempt;
    private final Duration deadline;

    private Timeouts(Builder b) {
        this.connect = b.connect;
        this.read = b.read;
        this.write = b.write;
        this.attempt = b.attempt;
        this.deadline = b.deadline;
    }

    /** @return nothing set: every value falls back */
    public static Timeouts none() {
        return NONE;
    }

    /** @return the SDK's defaults: connect 10 s, read 30 s, write 30 s, 60 s per attempt, a 2-minute deadline */
    public static Timeouts defaults() {
        return DEFAULTS;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param deadline the most a whole call may take, retries and waits included; positive
     * @return only the deadline set
     * @throws IllegalArgumentException if not positive
     */
    public static Timeouts ofDeadline(Duration deadline) {
        return builder().deadline(deadline).build();
    }

    /** @return a builder starting from these settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connect = connect;
        b.read = read;
        b.write = write;
        b.attempt = attempt;
        b.deadline = deadline;
        return b;
    }

    /**
     * @param base the settings further from the call
     * @return these settings, with {@code base}'s where these are unset
     */
    public Timeouts over(Timeouts base) {
        Objects.requireNonNull(base, "base");
        if (this == NONE) {
            return base;
        }
        Builder b = new Builder();
        b.connect = connect != null ? connect : base.connect;
        b.read = read != null ? read : base.read;
        b.write = write != null ? write : base.write;
        b.attempt = attempt != null ? attempt : base.attempt;
        b.deadline = deadline != null ? deadline : base.deadline;
        return b.build();
    }

    /** @return how long connecting may take, if set */
    public Optional<Duration> connect() {
        return Optional.ofNullable(connect);
    }

    /** @return the longest silence while reading a response, if set */
    public Optional<Duration> read() {
        return Optional.ofNullable(read);
    }

    /** @return the longest stall while writing a request, if set */
    public Optional<Duration> write() {
        return Optional.ofNullable(write);
    }

    /** @return the most one attempt may take, if set */
    public Optional<Duration> attempt() {
        return Optional.ofNullable(attempt);
    }

    /** @return the most a whole call may take, retries and waits included, if set */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** @return whether nothing is set */
    public boolean isEmpty() {
        return connect == null && read == null && write == null && attempt == null && deadline == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeouts t && Objects.equals(t.connect, connect) && Objects.equals(t.read, read)
                && Objects.equals(t.write, write) && Objects.equals(t.attempt, attempt) && Objects.equals(t.deadline, deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connect, read, write, attempt, deadline);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Timeouts{");
        append(s, "connect", connect);
        append(s, "read", read);
        append(s, "write", write);
        append(s, "attempt", attempt);
        append(s, "deadline", deadline);
        if (s.charAt(s.length() - 1) == ' ') {
            s.setLength(s.length() - 2);
        }
        return s.append('}').toString();
    }

    private static void append(StringBuilder s, String name, Duration d) {
        if (d != null) {
            s.append(name).append('=').append(d).append(", ");
        }
    }

    /** Builds {@link Timeouts}; not thread-safe. */
    public static final class Builder {
        private Duration connect;
        private Duration read;
        private Duration write;
        private Duration attempt;
        private Duration deadline;

        private Builder() {
        }

        /**
         * @param timeout how long connecting may take; positive
         * @return this builder
         * @throws IllegalArgumentException if null or not positive
         */
        public Builder connect(Duration timeout) {
            this.connect = Durations.positive(timeout, "connect timeout");
            return this;
        }

        /**
         * @param timeout the longest silence while reading a response; positive
         * @return this builder
         * @throws IllegalArgumentException if null or not positive
         */
        public Builder read(Duration timeout) {
            this.read = Durations.positive(timeout, "read timeout");
            return this;
        }

        /**
         * @param timeout the longest stall while writing a request; positive
         * @return this builder
         * @throws IllegalArgumentException if null or not positive
         */
        public Builder write(Duration timeout) {
            this.write = Durations.positive(timeout, "write timeout");
            return this;
        }

        /**
         * @param timeout the most one attempt may take, headers and body; positive
         * @return this builder
         * @throws IllegalArgumentException if null or not positive
         */
        public Builder attempt(Duration timeout) {
            this.attempt = Durations.positive(timeout, "attempt timeout");
            return this;
        }

        /**
         * @param deadline the most a whole call may take, retries and waits included; positive
         * @return this builder
         * @throws IllegalArgumentException if null or not positive
         */
        public Builder deadline(Duration deadline) {
            this.deadline = Durations.positive(deadline, "deadline");
            return this;
        }

        /** @return the timeouts */
        public Timeouts build() {
            return new Timeouts(this);
        }
    }
}
