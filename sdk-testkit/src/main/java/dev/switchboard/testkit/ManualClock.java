package dev.switchboard.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when a test tells it to. It starts in UTC; clocks made with
 * {@link #withZone(ZoneId)} share its time, so advancing one advances all of them.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.advance(Duration.ofSeconds(30));
 * clock.instant();   // 2026-01-01T00:00:30Z
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Creates a UTC clock showing {@code start}.
     *
     * @param start the initial instant
     * @return a new clock with its own time source
     */
    public static ManualClock at(Instant start) {
        return new ManualClock(new AtomicReference<>(Objects.requireNonNull(start, "start")),
                ZoneOffset.UTC);
    }

    /**
     * Returns the current manual time.
     *
     * @return the instant last set or advanced to
     */
    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Returns the current manual time in epoch milliseconds, consistent with {@link #instant()}.
     *
     * @return the milliseconds since 1970-01-01T00:00:00Z
     */
    @Override
    public long millis() {
        return now.get().toEpochMilli();
    }

    /**
     * Returns the zone, {@link ZoneOffset#UTC} unless made by {@link #withZone(ZoneId)}.
     *
     * @return the zone
     */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Returns a clock in another zone that shares this clock's time source.
     *
     * @param zone the zone
     * @return a clock that moves together with this one
     */
    @Override
    public ManualClock withZone(ZoneId zone) {
        return new ManualClock(now, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Moves the time forward.
     *
     * @param amount how far, not negative (use {@link #set(Instant)} to go back)
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot advance by a negative amount: " + amount);
        }
        now.updateAndGet(t -> t.plus(amount));
    }

    /**
     * Sets the time, forward or back.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Two manual clocks are equal when they share a time source and a zone.
     *
     * @param other the object to compare
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ManualClock
                && ((ManualClock) other).now == now
                && ((ManualClock) other).zone.equals(zone);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return System.identityHashCode(now) * 31 + zone.hashCode();
    }

    /**
     * Describes the clock.
     *
     * @return for example {@code ManualClock[2026-01-01T00:00:30Z,Z]}
     */
    @Override
    public String toString() {
        return "ManualClock[" + now.get() + "," + zone + "]";
    }
}
