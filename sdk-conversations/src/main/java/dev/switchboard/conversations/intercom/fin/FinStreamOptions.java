package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.retry.Sleeper;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link FinEventStream} runs: its deadline, whether a CSAT survey is expected after {@code complete}, whether
 * reply chunks are delivered, and how it reconnects after a drop. Immutable.
 *
 * <pre>{@code
 * FinStreamOptions.builder().deadline(Duration.ofMinutes(2)).expectCsat(true).build();
 * }</pre>
 */
public final class FinStreamOptions {
    /** The default deadline of a stream: longer than the stream token's 3-minute life. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(4);
    /** The read timeout of stream connections: a silent connection is dropped and reconnected after this. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** The default number of reconnects in a row without an event in between. */
    public static final int DEFAULT_MAX_RECONNECTS = 5;

    private static final FinStreamOptions DEFAULTS = builder().build();

    final Duration deadline;
    final boolean expectCsat;
    final boolean includeChunks;
    final int maxReconnects;
    final Duration reconnectDelay;
    final Sleeper sleeper;
    final Scheduler scheduler;

    private FinStreamOptions(Builder b) {
        this.deadline = b.deadline;
        this.expectCsat = b.expectCsat;
        this.includeChunks = b.includeChunks;
        this.maxReconnects = b.maxReconnects;
        this.reconnectDelay = b.reconnectDelay;
        this.sleeper = b.sleeper;
        this.scheduler = b.scheduler;
    }

    /** @return a 4-minute deadline, no CSAT expected, chunks included, 5 reconnects from 500 ms */
    public static FinStreamOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "FinStreamOptions[deadline " + deadline + ", expectCsat " + expectCsat + ", chunks " + includeChunks
                + ", " + maxReconnects + " reconnects from " + reconnectDelay + "]";
    }

    /** Builds {@link FinStreamOptions}; not thread-safe. */
    public static final class Builder {
        private Duration deadline = DEFAULT_DEADLINE;
        private boolean expectCsat;
        private boolean includeChunks = true;
        private int maxReconnects = DEFAULT_MAX_RECONNECTS;
        private Duration reconnectDelay = Duration.ofMillis(500);
        private Sleeper sleeper;
        private Scheduler scheduler;

        private Builder() {
        }

        /**
         * @param deadline how long the stream may run in all, reconnects included
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder deadline(Duration deadline) {
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("deadline must be positive");
            }
            this.deadline = deadline;
            return this;
        }

        /**
         * @param expected whether your Fin workflow has CSAT enabled: the stream then stays open after
         *     {@code complete} until {@code csat_requested} arrives or the token is revoked
         * @return this builder
         */
        public Builder expectCsat(boolean expected) {
            this.expectCsat = expected;
            return this;
        }

        /**
         * @param include whether {@link FinReplyChunk}s are delivered (default true); without them only final
         *     {@link FinReplied} answers are
         * @return this builder
         */
        public Builder includeChunks(boolean include) {
            this.includeChunks = include;
            return this;
        }

        /**
         * @param maxReconnects reconnects in a row (without an event in between) before the stream fails, 0 to 100
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxReconnects(int maxReconnects) {
            if (maxReconnects < 0 || maxReconnects > 100) {
                throw new IllegalArgumentException("maxReconnects must be between 0 and 100, was " + maxReconnects);
            }
            this.maxReconnects = maxReconnects;
            return this;
        }

        /**
         * @param delay the wait before the first reconnect; it doubles for each further one, up to 10 s
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder reconnectDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("reconnectDelay must not be negative");
            }
            this.reconnectDelay = delay;
            return this;
        }

        /**
         * @param sleeper waits between reconnects (default: the client's sleeper); inject one in tests
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @param scheduler fires the deadline (default: OkHttp's call timeout enforces it); inject one in tests
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** @return the options */
        public FinStreamOptions build() {
            return new FinStreamOptions(this);
        }
    }
}
