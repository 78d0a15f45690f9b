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
 * 100 requests per minute and 1000 per hour. Each window is a strict sliding window: it remembers the times of its
 * last {@code permits} grants, and a request may go only once the oldest of them is a full period old, so no interval
 * of that length ever holds more than {@code permits} requests, however a server counts (fixed or sliding windows).
 * A request needs room in every window.
 *
 * <p>Thread-safe. Share one instance between every client that uses the same credentials (derived clients share it
 * automatically). Permits are granted in arrival order, at non-decreasing times, so waiting callers are served fairly.
 * Memory is one timestamp per permit of each window.
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
    /** Per window: the times of its last grants, oldest at {@code head[i]}; guarded by this. */
    private final Instant[][] grants;
    private final int[] head;
    private final int[] count;
    /** The latest grant; grants never go back in time. */
    private Instant lastGrant = Instant.MIN;

    private RateLimiter(Mode mode, List<Window> windows, Clock clock) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a rate limiter needs at least one window");
        }
        this.mode = Objects.requireNonNull(mode, "mode");
        this.windows = List.copyOf(windows);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grants = new Instant[windows.size()][];
        this.head = new int[windows.size()];
        this.count = new int[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            grants[i] = new Instant[windows.get(i).permits()];
        }
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
     * @return the wait before sending; zero when every window has room now
     * @throws ClientRateLimitException without reserving anything, when the limiter fails fast and a window is full,
     *     or when the wait would be longer than {@code maxWait}
     */
    public synchronized Duration acquire(Duration maxWait) {
        Instant now = clock.instant();
        Instant at = now.isAfter(lastGrant) ? now : lastGrant;
        for (int i = 0; i < windows.size(); i++) {
            if (count[i] == grants[i].length) {
                Instant free = grants[i][head[i]].plus(windows.get(i).period());
                if (free.isAfter(at)) {
                    at = free;
                }
            }
        }
        Duration wait = Duration.between(now, at);
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
        for (int i = 0; i < windows.size(); i++) {
            int n = grants[i].length;
            if (count[i] < n) {
                grants[i][(head[i] + count[i]) % n] = at;
                count[i]++;
            } else {
                grants[i][head[i]] = at;
                head[i] = (head[i] + 1) % n;
            }
        }
        lastGrant = at;
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
