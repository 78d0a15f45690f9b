package dev.switchboard.core.retry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Decides, for one failed attempt, whether and when to try again. Pure and stateless: the attempt count lives in
 * each call, so every call has its full budget whatever other calls or threads did before.
 *
 * <ul>
 *   <li>Retried: connection failures, and HTTP 408, 429, 500, 502, 503, 504 (configurable).</li>
 *   <li>GET, HEAD, PUT and DELETE are retried; POST and PATCH only when the request is marked retry-safe, when
 *       the failure shows the request never left (connection refused, unknown host), or on a 429 when the API
 *       documents that a 429 was refused unprocessed ({@link Builder#retryNonIdempotentOn429}).</li>
 *   <li>Wait: the server's {@code Retry-After} (seconds or HTTP date), or for 429 {@code X-RateLimit-Reset};
 *       otherwise exponential backoff with full jitter, {@code random(0, min(maxDelay, baseDelay * 2^(n-1)))}.</li>
 *   <li>A server wait longer than {@code maxRetryAfter}, or any wait that would pass the call's deadline, ends the
 *       call at once with the server's error, so the caller can reschedule instead of blocking.</li>
 * </ul>
 */
public final class RetryPolicy {
    private static final Set<Integer> DEFAULT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryableStatuses;
    private final DoubleSupplier random;
    private final Duration rateLimitFallback;
    private final boolean retryRefused429;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
        this.retryableStatuses = Set.copyOf(b.retryableStatuses);
        this.random = b.random;
        this.rateLimitFallback = b.rateLimitFallback;
        this.retryRefused429 = b.retryRefused429;
    }

    /** @return 3 retries, 500 ms base delay, 8 s backoff cap, 60 s cap on server-requested waits */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** @return a policy that never retries */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this policy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxRetries = maxRetries;
        b.baseDelay = baseDelay;
        b.maxDelay = maxDelay;
        b.maxRetryAfter = maxRetryAfter;
        b.retryableStatuses = retryableStatuses;
        b.random = random;
        b.rateLimitFallback = rateLimitFallback;
        b.retryRefused429 = retryRefused429;
        return b;
    }

    /** @return retries after the first attempt */
    public int maxRetries() {
        return maxRetries;
    }

    /** @return the longest server-requested wait the client honours */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * @param status an HTTP status
     * @return whether that status is worth retrying
     */
    public boolean isRetryableStatus(int status) {
        return retryableStatuses.contains(status);
    }

    /**
     * @param o what happened on the failed attempt
     * @return retry after a delay, or stop with a reason
     */
    public RetryDecision decide(AttemptOutcome o) {
        if (o.attempt() > o.maxRetries()) {
            return RetryDecision.stop(o.maxRetries() == 0 ? "retries disabled" : "retry budget of " + o.maxRetries() + " spent");
        }
        Duration delay;
        String reason;
        boolean serverWait = false;
        if (o.failure() != null) {
            if (!o.retryable() && o.requestSent()) {
                return RetryDecision.stop("not retried: the request may have reached the server and is not marked retry-safe");
            }
            delay = backoff(o.attempt());
            reason = "I/O failure";
        } else {
            if (!retryableStatuses.contains(o.status())) {
                return RetryDecision.stop("HTTP " + o.status() + " is not retryable");
            }
            if (!o.retryable() && !(o.status() == 429 && retryRefused429)) {
                return RetryDecision.stop("not retried: the request is not idempotent and not marked retry-safe");
            }
            Optional<Duration> hint = RetryAfter.from(o.status(), o.headers(), o.now());
            if (hint.isPresent()) {
                if (hint.get().compareTo(maxRetryAfter) > 0) {
                    return RetryDecision.waitTooLong("server asked to wait " + hint.get().toSeconds() + " s, more than maxRetryAfter "
                            + maxRetryAfter.toSeconds() + " s");
                }
                delay = hint.get();
                reason = "HTTP " + o.status() + ", server asked to wait";
                serverWait = true;
            } else if (o.status() == 429 && rateLimitFallback != null) {
                delay = rateLimitFallback;
                reason = "HTTP 429 without Retry-After, waiting the configured fallback";
            } else {
                delay = backoff(o.attempt());
                reason = "HTTP " + o.status();
            }
        }
        if (o.now().plus(delay).isAfter(o.deadline())) {
            String why = "waiting " + delay.toMillis() + " ms would pass the call's deadline";
            return serverWait ? RetryDecision.waitTooLong(why) : RetryDecision.stop(why);
        }
        return RetryDecision.retryAfter(delay, reason);
    }

    /**
     * @param attempt the attempt that failed, starting at 1
     * @return the jittered exponential backoff before the next attempt
     */
    public Duration backoff(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long ceiling = Math.min(maxDelay.toNanos(), saturatedShift(baseDelay.toNanos(), shift));
        double r = Math.min(1.0, Math.max(0.0, random.getAsDouble()));
        return Duration.ofNanos((long) (ceiling * r));
    }

    private static long saturatedShift(long value, int shift) {
        return value > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : value << shift;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + ", statuses=" + retryableStatuses
                + (rateLimitFallback == null ? "" : ", rateLimitFallback=" + rateLimitFallback) + "}";
    }

    /** Builds a {@link RetryPolicy}; not thread-safe. */
    public static final class Builder {
        private int maxRetries = 3;
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Set<Integer> retryableStatuses = DEFAULT_STATUSES;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Duration rateLimitFallback;
        private boolean retryRefused429;

        private Builder() {
        }

        /**
         * @param enabled whether a 429 to a non-idempotent request (POST, PATCH) is retried too, for APIs that document
         *     that a 429 means the request was refused before any processing (Intercom); off by default
         * @return this builder
         */
        public Builder retryNonIdempotentOn429(boolean enabled) {
            this.retryRefused429 = enabled;
            return this;
        }

        /**
         * @param wait how long to wait after a 429 that says nothing about when to come back (no {@code Retry-After}
         *     or {@code X-RateLimit-Reset}), for APIs known to need long pauses (Moveworks: 60 s); {@code null} for
         *     the ordinary backoff. Still bounded by the deadline.
         * @return this builder
         */
        public Builder rateLimitFallback(Duration wait) {
            if (wait != null && (wait.isNegative() || wait.isZero())) {
                throw new IllegalArgumentException("rateLimitFallback must be positive");
            }
            this.rateLimitFallback = wait;
            return this;
        }

        /**
         * @param maxRetries retries after the first attempt; 0 disables retrying
         * @return this builder
         * @throws IllegalArgumentException if negative or above 100
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0 || maxRetries > 100) {
                throw new IllegalArgumentException("maxRetries must be between 0 and 100, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param baseDelay backoff before the first retry (before jitter); positive
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = positive(baseDelay, "baseDelay");
            return this;
        }

        /**
         * @param maxDelay cap of the exponential backoff; positive
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /**
         * @param maxRetryAfter the longest server-requested wait to honour; longer ones end the call with the
         *     server's error (for 429 a {@code RateLimitException} carrying the wait); zero or positive
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must be zero or positive");
            }
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /**
         * @param statuses the HTTP statuses worth retrying
         * @return this builder
         */
        public Builder retryableStatuses(Set<Integer> statuses) {
            this.retryableStatuses = Set.copyOf(statuses);
            return this;
        }

        /**
         * @param random source of jitter in [0, 1]; inject a constant in tests
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = java.util.Objects.requireNonNull(random, "random");
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }

    /**
     * @param now current time
     * @param deadline the call's deadline
     * @return the time left, never negative
     */
    public static Duration remaining(Instant now, Instant deadline) {
        Duration d = Duration.between(now, deadline);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
