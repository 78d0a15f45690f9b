package dev.switchboard.core.http;

import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryListener;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The settings every API client's builder shares: the caller's OkHttp client, time and waiting (clock, sleeper,
 * scheduler), retries, a client-side rate limiter, the deadline and timeouts, body logging, and a hook for anything
 * else in {@link ClientConfig.Builder}. An API's builder extends it and adds what is particular to the API
 * (credentials, region, version); at {@code build()} it starts a {@link ClientConfig.Builder}, sets its own defaults,
 * then calls {@link #applyTo} so that whatever the caller set wins.
 *
 * @param <B> the API's builder type, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    private okhttp3.OkHttpClient okHttpClient;
    private Clock clock;
    private Sleeper sleeper;
    private Scheduler scheduler;
    private RetryPolicy retryPolicy;
    private RetryListener retryListener;
    private RateLimiter rateLimiter;
    private Duration deadline;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Boolean logBodies;
    private final List<Consumer<ClientConfig.Builder>> customizations = new ArrayList<>();

    /** For subclasses. */
    protected ClientBuilder() {
    }

    /** @return this builder, as its own type */
    protected abstract B self();

    /**
     * @param client an OkHttp client to derive from (its pool and dispatcher are shared; it is never closed by us)
     * @return this builder
     */
    public B okHttpClient(okhttp3.OkHttpClient client) {
        this.okHttpClient = Objects.requireNonNull(client, "client must not be null");
        return self();
    }

    /**
     * @param clock time source for deadlines, tokens and rate-limit headers
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        return self();
    }

    /**
     * @param sleeper how blocking calls wait between attempts
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
        return self();
    }

    /**
     * @param scheduler how asynchronous calls (and token fetches) wait between attempts
     * @return this builder
     */
    public B scheduler(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
        return self();
    }

    /**
     * @param policy the retry policy; replaces the API's default policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy must not be null");
        return self();
    }

    /**
     * @param listener told before every retry
     * @return this builder
     */
    public B retryListener(RetryListener listener) {
        this.retryListener = Objects.requireNonNull(listener, "listener must not be null");
        return self();
    }

    /**
     * @param limiter a client-side rate limiter, shared by every client given the same instance
     * @return this builder
     */
    public B rateLimiter(RateLimiter limiter) {
        this.rateLimiter = limiter;
        return self();
    }

    /**
     * @param deadline the most a call may take, retries and waits included; positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public B deadline(Duration deadline) {
        this.deadline = Durations.positive(deadline, "deadline");
        return self();
    }

    /**
     * @param timeout connect timeout
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = Durations.positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * @param timeout read timeout
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = Durations.positive(timeout, "readTimeout");
        return self();
    }

    /**
     * @param timeout write timeout
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = Durations.positive(timeout, "writeTimeout");
        return self();
    }

    /**
     * @param enabled whether request and response bodies are logged at DEBUG (redacted)
     * @return this builder
     */
    public B logBodies(boolean enabled) {
        this.logBodies = enabled;
        return self();
    }

    /**
     * @param change any further {@link ClientConfig.Builder} setting, applied last
     * @return this builder
     */
    public B configure(Consumer<ClientConfig.Builder> change) {
        customizations.add(Objects.requireNonNull(change, "change must not be null"));
        return self();
    }

    /** @return the retry policy the caller set, or {@code null} for the API's default */
    protected RetryPolicy retryPolicySetting() {
        return retryPolicy;
    }

    /** @return the rate limiter the caller set, or {@code null} */
    protected RateLimiter rateLimiterSetting() {
        return rateLimiter;
    }

    /** @return the clock the caller set, or {@code null} */
    protected Clock clockSetting() {
        return clock;
    }

    /**
     * Applies every setting the caller made, then the {@link #configure} hooks, over the API's own defaults.
     *
     * @param config a configuration builder holding the API's defaults
     * @return the same builder
     */
    protected ClientConfig.Builder applyTo(ClientConfig.Builder config) {
        if (okHttpClient != null) {
            config.okHttpClient(okHttpClient);
        }
        if (clock != null) {
            config.clock(clock);
        }
        if (sleeper != null) {
            config.sleeper(sleeper);
        }
        if (scheduler != null) {
            config.scheduler(scheduler);
        }
        if (retryPolicy != null) {
            config.retryPolicy(retryPolicy);
        }
        if (retryListener != null) {
            config.retryListener(retryListener);
        }
        if (rateLimiter != null) {
            config.rateLimiter(rateLimiter);
        }
        if (deadline != null) {
            config.deadline(deadline);
        }
        if (connectTimeout != null) {
            config.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            config.readTimeout(readTimeout);
        }
        if (writeTimeout != null) {
            config.writeTimeout(writeTimeout);
        }
        if (logBodies != null) {
            config.logBodies(logBodies);
        }
        customizations.forEach(c -> c.accept(config));
        return config;
    }
}
