package dev.switchboard.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers delivery ids for a while, so a delivery that arrives twice (providers deliver at least once and retry on
 * timeouts) is handled once. Bounded twice: an id is forgotten after the time to live, and when more than
 * {@code capacity} ids are remembered the oldest goes first. Thread-safe.
 *
 * <pre>{@code
 * Deduplicator seen = Deduplicator.builder().capacity(50_000).timeToLive(Duration.ofHours(6)).build();
 * IntercomNotification n = intercom.verify(body, headers);
 * if (seen.firstDelivery(n.id())) {
 *     handle(n);
 * }
 * }</pre>
 *
 * <p>Intercom notifications carry an {@code id} for this. LiveChat deliveries carry none ({@code webhook_id} names the
 * registration, not the delivery), so build a key from the payload if you need one.
 */
public final class Deduplicator {
    /** Default number of ids remembered. */
    public static final int DEFAULT_CAPACITY = 10_000;
    /** Default time an id is remembered: one day, longer than any provider's retry schedule. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofDays(1);

    private final int capacity;
    private final Duration timeToLive;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    private Deduplicator(Builder b) {
        this.capacity = b.capacity;
        this.timeToLive = b.timeToLive;
        this.clock = b.clock;
    }

    /** @return a deduplicator with the defaults and the system clock */
    public static Deduplicator create() {
        return builder().build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Records the id and says whether this is its first delivery within the time to live.
     *
     * @param id a delivery id; {@code null} or empty ids cannot be deduplicated and always count as first
     * @return {@code true} the first time, {@code false} for a repeat
     */
    public synchronized boolean firstDelivery(String id) {
        if (id == null || id.isEmpty()) {
            return true;
        }
        Instant now = clock.instant();
        purge(now);
        Instant at = seen.get(id);
        if (at != null && !expired(at, now)) {
            return false;
        }
        seen.remove(id);
        seen.put(id, now);
        while (seen.size() > capacity) {
            Iterator<String> eldest = seen.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return true;
    }

    /**
     * @param id a delivery id
     * @return whether it was recorded and has not expired; does not record it
     */
    public synchronized boolean seen(String id) {
        if (id == null) {
            return false;
        }
        Instant now = clock.instant();
        purge(now);
        Instant at = seen.get(id);
        return at != null && !expired(at, now);
    }

    /**
     * Forgets an id, so its next delivery is handled again: call it when handling failed and you want the provider's
     * retry to be processed.
     *
     * @param id a delivery id
     */
    public synchronized void forget(String id) {
        if (id != null) {
            seen.remove(id);
        }
    }

    /** @return how many ids are remembered now (expired ones not counted) */
    public synchronized int size() {
        purge(clock.instant());
        return seen.size();
    }

    private void purge(Instant now) {
        // Ids are kept in the order they were recorded, so the expired ones are at the front.
        for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext();) {
            if (!expired(it.next().getValue(), now)) {
                break;
            }
            it.remove();
        }
    }

    private boolean expired(Instant at, Instant now) {
        return !now.isBefore(at.plus(timeToLive));
    }

    @Override
    public String toString() {
        return "Deduplicator[capacity=" + capacity + ", timeToLive=" + timeToLive + "]";
    }

    /** Configures a {@link Deduplicator}. */
    public static final class Builder {
        private int capacity = DEFAULT_CAPACITY;
        private Duration timeToLive = DEFAULT_TIME_TO_LIVE;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param capacity the most ids remembered, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder capacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
            }
            this.capacity = capacity;
            return this;
        }

        /**
         * @param timeToLive how long an id is remembered; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeToLive(Duration timeToLive) {
            Objects.requireNonNull(timeToLive, "timeToLive");
            if (timeToLive.isNegative() || timeToLive.isZero()) {
                throw new IllegalArgumentException("timeToLive must be positive, was " + timeToLive);
            }
            this.timeToLive = timeToLive;
            return this;
        }

        /**
         * @param clock the time source; tests pass a manual clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the deduplicator */
        public Deduplicator build() {
            return new Deduplicator(this);
        }
    }
}
