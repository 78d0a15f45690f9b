package dev.switchboard.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stand-in for {@code Thread.sleep} that records each requested pause instead of waiting, and
 * optionally advances a {@link ManualClock} by it, so retry and back-off logic can be tested
 * instantly. Pass {@code sleeper::sleep} wherever the code under test takes a sleep function.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.EPOCH);
 * RecordingSleeper sleeper = new RecordingSleeper(clock);
 * sleeper.sleep(Duration.ofSeconds(2));
 * sleeper.sleeps();   // [PT2S]
 * clock.instant();    // 1970-01-01T00:00:02Z
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RecordingSleeper {

    private final Object lock = new Object();
    private final List<Duration> sleeps = new ArrayList<>();
    private final ManualClock clock;

    /** Creates a sleeper that only records. */
    public RecordingSleeper() {
        this.clock = null;
    }

    /**
     * Creates a sleeper that records and advances {@code clock} by each pause.
     *
     * @param clock the clock to advance
     */
    public RecordingSleeper(ManualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a pause without waiting. Like {@link Thread#sleep(long)}, if the calling thread is
     * interrupted this clears its interrupt flag and throws; such a pause is not recorded and does
     * not move the clock.
     *
     * @param duration the requested pause, not negative
     * @throws InterruptedException if the current thread is interrupted
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void sleep(Duration duration) throws InterruptedException {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("sleep duration must not be negative: " + duration);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping " + duration);
        }
        synchronized (lock) {
            sleeps.add(duration);
            if (clock != null) {
                clock.advance(duration);
            }
        }
    }

    /**
     * Returns the recorded pauses, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    public List<Duration> sleeps() {
        synchronized (lock) {
            return List.copyOf(sleeps);
        }
    }

    /**
     * Returns the sum of the recorded pauses.
     *
     * @return the total, {@link Duration#ZERO} if none
     */
    public Duration total() {
        synchronized (lock) {
            Duration total = Duration.ZERO;
            for (Duration sleep : sleeps) {
                total = total.plus(sleep);
            }
            return total;
        }
    }

    /**
     * Returns how many pauses were recorded.
     *
     * @return the count
     */
    public int count() {
        synchronized (lock) {
            return sleeps.size();
        }
    }
}
