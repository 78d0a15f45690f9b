package dev.switchboard.core.ratelimit;

import dev.switchboard.core.ClientRateLimitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client-side limiter that keeps a client under several documented rate limits at once, for example AlooChat's
 * 100 requests per minute and 1000 per hour. Each window is a token bucket that holds up to {@code permits} and
 * refills continuously over its period; a request needs a permit from every window.
 *
 * <p>Thread-safe. Share one instance between every client that uses the same credentials (derived clients share it
 * automatically). Permits are reserved in arrival order, so waiting callers are served fairly.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.waiting(Window.of(100, Duration.ofMinutes(1)), Window.of(1000, Duration.ofHours(1)));
 * }</pre>
 */
public final class RateLimiter {

    /** What to do when no permit is free. */
    public enum Mode {
        /** Wait for a permit, up to the call's deadline. */
        WAIT,
        /** Throw {@link ClientRateLimitException} at once. */
        FAIL_FAST
    }

    /**
     * One limit: at most {@code permits} requests per {@code period}.
     *
     * @param permits requests allowed per period; positive
     * @param period length of the window; positive
     */
    public record Window(int permits, Duration period) {
        /** Checks the components. */
        public Window {
            if (permits <= 0) {
                throw new IllegalArgumentException("permits must be positive, was " + permits);
            }
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("period must be positive");
            }
        }

        /**
         * @param permits requests allowed per period
         * @param period length of the window
         * @return the window
         */
        public static Window of(int permits, Duration period) {
            return new Window(permits, period);
        }
    }

    private final Mode mode;
    private final List<Window> windows;
    private final Clock clock;
    /** Per window: the instant at which the bucket will be full again; guarded by this. */
    private final Instant[] fullAt;

    private RateLimiter(Mode mode, List<Window> windows, Clock clock) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a rate limiter needs at least one window");
        }
        this.mode = Objects.requireNonNull(mode, "mode");
        this.windows = List.copyOf(windows);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fullAt = new Instant[windows.size()];
        Instant start = clock.instant();
        java.util.Arrays.fill(fullAt, start);
    }

    /**
     * @param windows the limits to respect
     * @return a limiter that waits for permits, on the system clock
     */
    public static RateLimiter waiting(Window... windows) {
        return new RateLimiter(Mode.WAIT, List.of(windows), Clock.systemUTC());
    }

    /**
     * @param windows the limits to respect
     * @return a limiter that fails fast, on the system clock
     */
    public static RateLimiter failingFast(Window... windows) {
        return new RateLimiter(Mode.FAIL_FAST, List.of(windows), Clock.systemUTC());
    }

    /**
     * @param mode wait or fail fast
     * @param clock time source (inject a manual clock in tests)
     * @param windows the limits to respect
     * @return the limiter
     */
    public static RateLimiter of(Mode mode, Clock clock, List<Window> windows) {
        return new RateLimiter(mode, new ArrayList<>(windows), clock);
    }

    /** @return the configured windows */
    public List<Window> windows() {
        return windows;
    }

    /** @return wait or fail fast */
    public Mode mode() {
        return mode;
    }

    /**
     * Reserves one permit in every window. Returns how long the caller must wait before sending; the permit is
     * already its own, so it must not ask again after waiting.
     *
     * @param maxWait the longest the caller can wait (the time left before its deadline)
     * @return the wait before sending; zero when a permit is free now
     * @throws ClientRateLimitException without reserving anything, when the limiter fails fast and no permit is
     *     free, or when the wait would be longer than {@code maxWait}
     */
    public synchronized Duration acquire(Duration maxWait) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Instant[] next = new Instant[fullAt.length];
        for (int i = 0; i < fullAt.length; i++) {
            Window w = windows.get(i);
            Duration perPermit = w.period().dividedBy(w.permits());
            Instant base = fullAt[i].isBefore(now) ? now : fullAt[i];
            // Generic cell rate algorithm: fullAt is the theoretical time the bucket is full again. Taking a permit
            // moves it by one permit's share of the period; the request may go once fullAt - period has passed.
            Instant taken = base.plus(perPermit);
            Instant earliest = taken.minus(w.period());
            if (earliest.isAfter(now)) {
                Duration d = Duration.between(now, earliest);
                if (d.compareTo(wait) > 0) {
                    wait = d;
                }
            }
            next[i] = taken;
        }
        if (!wait.isZero()) {
            if (mode == Mode.FAIL_FAST) {
                throw new ClientRateLimitException("client-side rate limit reached (" + describe() + "); next permit in "
                        + wait.toMillis() + " ms", wait);
            }
            if (wait.compareTo(maxWait) > 0) {
                throw new ClientRateLimitException("client-side rate limit reached (" + describe() + "); a permit is "
                        + wait.toMillis() + " ms away, after the call's deadline", wait);
            }
        }
        System.arraycopy(next, 0, fullAt, 0, next.length);
        return wait;
    }

    private String describe() {
        StringBuilder sb = new StringBuilder();
        for (Window w : windows) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(w.permits()).append(" per ").append(w.period());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "RateLimiter{" + mode + ", " + describe() + "}";
    }
}
