package dev.switchboard.core.retry;

import java.time.Duration;

/**
 * Waits between attempts of a blocking call. Injected so tests never really sleep; see
 * {@code dev.switchboard.testkit.RecordingSleeper}.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * @param duration how long to wait; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** @return a sleeper that blocks the calling thread with {@link Thread#sleep(long, int)} */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
            }
        };
    }
}
