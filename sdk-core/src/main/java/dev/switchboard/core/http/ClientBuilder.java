package dev.switchboard.core.http;

import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryListener;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.retry.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The settings every API client's builder shares: the caller's OkHttp client, time and waiting (clock, sleeper,
 * scheduler), retries, a client-side rate limiter, {@link Timeouts}, body logging, the environment, and a hook for
 * anything else in {@link ClientConfig.Builder}. An API's builder extends it and adds what is particular to the API
 * (credentials, region, version).
 *
 * <p><b>One precedence rule, by construction.</b> {@link #build()} is final: it takes the API's defaults
 * ({@link #defaults()}), lays every setting the caller made on this builder over them, then runs the
 * {@link #configure} hooks in the order they were added, and only then hands the finished, immutable
 * {@link ClientConfig} to the API ({@link #create}). An API cannot override what the caller set: it never sees a
 * mutable configuration after the caller's settings. A transport the API derives later (a second policy for one
 * endpoint, say) is derived with {@link #callerOver}, which applies the caller's settings and hooks again over the
 * derived defaults.
 *
 * <p><b>The environment.</b> {@link #fromEnv()} lets the API read its settings (token, base URL, ...) from
 * environment variables. The order is: a value set explicitly on the builder, then the environment variable, then
 * the API's default. Each API's builder documents the variables it reads.
 *
 * @param <B> the API's builder type, returned by every setter
 * @param <C> the client the builder builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
    private okhttp3.OkHttpClient okHttpClient;
    private Clock clock;
    private Sleeper sleeper;
    private Scheduler scheduler;
    private RetryPolicy retryPolicy;
    private RetryListener retryListener;
    private RateLimiter rateLimiter;
    private Timeouts timeouts = Timeouts.none();
    private Boolean logBodies;
    private Function<String, String> environment;
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
     * @param timeouts the timeouts to change (connect, read, write, per attempt, deadline); the ones it sets replace
     *     the API's defaults and any set before, the others stay
     * @return this builder
     */
    public B timeouts(Timeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts must not be null").over(this.timeouts);
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
     * A hook for any {@link ClientConfig.Builder} setting this builder has no setter for. Hooks run after the API's
     * defaults and after every setting made on this builder, in the order they were added, so a hook has the last
     * word (also on transports the API derives).
     *
     * @param change a change to the configuration
     * @return this builder
     */
    public B configure(Consumer<ClientConfig.Builder> change) {
        customizations.add(Objects.requireNonNull(change, "change must not be null"));
        return self();
    }

    /**
     * Reads the settings the caller did not set explicitly from the process environment ({@link System#getenv}).
     * The API's builder documents which variables it reads.
     *
     * @return this builder
     */
    public B fromEnv() {
        return fromEnv(System::getenv);
    }

    /**
     * As {@link #fromEnv()}, from the given lookup (a map's {@code get}, in tests).
     *
     * @param environment variable name to value, {@code null} when unset
     * @return this builder
     */
    public B fromEnv(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment must not be null");
        return self();
    }

    /**
     * Builds the client: the API's {@link #defaults()}, then the caller's settings, then the {@link #configure}
     * hooks, then {@link #create}.
     *
     * @return the client; close it when done
     * @throws IllegalStateException if a required setting (a credential, say) is missing, naming it
     * @throws IllegalArgumentException if a setting is invalid, naming it
     */
    public final C build() {
        return create(callerOver(defaults()).build());
    }

    /**
     * The API's defaults: base URL, credentials, headers, its retry policy and limiter. Called once per
     * {@link #build()}; may read {@link #environment(String)} and the API's own settings.
     *
     * @return a configuration builder holding the defaults
     * @throws IllegalStateException if a required setting is missing
     */
    protected abstract ClientConfig.Builder defaults();

    /**
     * @param config the finished configuration
     * @return the client on it
     */
    protected abstract C create(ClientConfig config);

    /**
     * @param name an environment variable
     * @return its value when {@link #fromEnv()} was called and the variable is set and not blank
     */
    protected final Optional<String> environment(String name) {
        if (environment == null) {
            return Optional.empty();
        }
        String value = environment.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
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
     * Applies every setting the caller made, then the {@link #configure} hooks, over defaults. {@link #build()} does
     * this for the main configuration; an API calls it itself only for a transport it derives with other defaults.
     *
     * @param config a configuration builder holding defaults
     * @return the same builder
     */
    protected final ClientConfig.Builder callerOver(ClientConfig.Builder config) {
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
        config.timeouts(timeouts);
        if (logBodies != null) {
            config.logBodies(logBodies);
        }
        customizations.forEach(c -> c.accept(config));
        return config;
    }
}
