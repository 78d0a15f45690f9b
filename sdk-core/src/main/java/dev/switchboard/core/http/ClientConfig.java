package dev.switchboard.core.http;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.internal.HeaderChecks;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryListener;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.retry.Sleeper;
import dev.switchboard.core.spi.ErrorBodyParser;
import dev.switchboard.core.spi.Transport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link Transport} needs: base URL, credentials, timeouts, retries, rate limits, headers, logging and
 * the injectable clock, sleeper and scheduler. Immutable; {@link #toBuilder()} derives variants.
 *
 * <p>Defaults: {@link Timeouts#defaults()} (connect 10 s, read 30 s, write 30 s, 60 s per attempt, a 2-minute deadline
 * for the whole call, retries and waits included), {@link RetryPolicy#defaults()}, no client-side rate limit, no body logging.
 */
public final class ClientConfig {
    private final String baseUrl;
    private final Credentials credentials;
    private final okhttp3.OkHttpClient okHttpClient;
    private final Timeouts timeouts;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;
    private final Map<String, String> defaultHeaders;
    private final Set<String> sensitiveHeaders;
    private final Set<String> secretValues;
    private final String userAgentSuffix;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Scheduler scheduler;
    private final RetryListener retryListener;
    private final ResponseListener responseListener;
    private final boolean logBodies;
    private final int maxErrorBodyBytes;
    private final ErrorBodyParser errorBodyParser;
    private final List<String> requestIdHeaders;

    private ClientConfig(Builder b) {
        if (b.baseUrl == null) {
            throw new IllegalArgumentException("baseUrl is required");
        }
        this.baseUrl = b.baseUrl;
        this.credentials = b.credentials;
        this.okHttpClient = b.okHttpClient;
        this.timeouts = b.timeouts;
        this.retryPolicy = b.retryPolicy;
        this.rateLimiter = b.rateLimiter;
        this.defaultHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.defaultHeaders));
        this.sensitiveHeaders = Set.copyOf(b.sensitiveHeaders);
        this.secretValues = Set.copyOf(b.secretValues);
        this.userAgentSuffix = b.userAgentSuffix;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.scheduler = b.scheduler;
        this.retryListener = b.retryListener;
        this.responseListener = b.responseListener;
        this.logBodies = b.logBodies;
        this.maxErrorBodyBytes = b.maxErrorBodyBytes;
        this.errorBodyParser = b.errorBodyParser;
        this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
    }

    /**
     * @param baseUrl the API root, for example {@code https://api.intercom.io}
     * @return a builder with the defaults
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     */
    public static Builder builder(String baseUrl) {
        return new Builder().baseUrl(baseUrl);
    }

    /** @return a builder starting from this configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.credentials = credentials;
        b.okHttpClient = okHttpClient;
        b.timeouts = timeouts;
        b.retryPolicy = retryPolicy;
        b.rateLimiter = rateLimiter;
        b.defaultHeaders.putAll(defaultHeaders);
        b.sensitiveHeaders.addAll(sensitiveHeaders);
        b.secretValues.addAll(secretValues);
        b.userAgentSuffix = userAgentSuffix;
        b.clock = clock;
        b.sleeper = sleeper;
        b.scheduler = scheduler;
        b.retryListener = retryListener;
        b.responseListener = responseListener;
        b.logBodies = logBodies;
        b.maxErrorBodyBytes = maxErrorBodyBytes;
        b.errorBodyParser = errorBodyParser;
        b.requestIdHeaders.clear();
        b.requestIdHeaders.addAll(requestIdHeaders);
        return b;
    }

    /** @return the API root URL, without trailing slash */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the credentials */
    public Credentials credentials() {
        return credentials;
    }

    /** @return the caller's OkHttp client to derive from, or {@code null} when the transport owns its own */
    public okhttp3.OkHttpClient okHttpClient() {
        return okHttpClient;
    }

    /** @return the timeouts, every one set: the caller's where set, else the API's defaults, else {@link Timeouts#defaults()} */
    public Timeouts timeouts() {
        return timeouts;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return the client-side rate limiter, or {@code null} */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** @return headers sent with every request */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /** @return extra header names that carry secrets (stripped for other origins) */
    public Set<String> sensitiveHeaders() {
        return sensitiveHeaders;
    }

    /**
     * @return secrets that are not the credentials themselves (say, what a token source signs in with), which the
     *     transport masks in logs, exception messages and causes; {@link #toString()} never shows them
     */
    public Set<String> secretValues() {
        return secretValues;
    }

    /** @return appended to the User-Agent, or {@code null} */
    public String userAgentSuffix() {
        return userAgentSuffix;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper for blocking calls */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the scheduler for asynchronous calls, or {@code null} for the transport's own */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** @return the retry listener */
    public RetryListener retryListener() {
        return retryListener;
    }

    /** @return the response listener */
    public ResponseListener responseListener() {
        return responseListener;
    }

    /** @return whether request and response bodies are logged (redacted) at DEBUG */
    public boolean logBodies() {
        return logBodies;
    }

    /** @return the cap on error bodies kept in exceptions */
    public int maxErrorBodyBytes() {
        return maxErrorBodyBytes;
    }

    /** @return how error bodies are parsed */
    public ErrorBodyParser errorBodyParser() {
        return errorBodyParser;
    }

    /** @return response headers that carry the request id, in order of preference */
    public List<String> requestIdHeaders() {
        return requestIdHeaders;
    }

    /** @return the settings; credentials print as their kind only, header values are left out */
    @Override
    public String toString() {
        return "ClientConfig{baseUrl=" + baseUrl + ", credentials=" + credentials + ", " + timeouts + ", " + retryPolicy
                + ", rateLimiter=" + rateLimiter
                + ", defaultHeaders=" + defaultHeaders.keySet() + ", logBodies=" + logBodies + "}";
    }

    /** Builds a {@link ClientConfig}; not thread-safe. */
    public static final class Builder {
        private String baseUrl;
        private Credentials credentials = Credentials.none();
        private okhttp3.OkHttpClient okHttpClient;
        private Timeouts timeouts = Timeouts.defaults();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RateLimiter rateLimiter;
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private final Set<String> sensitiveHeaders = new LinkedHashSet<>();
        private final Set<String> secretValues = new LinkedHashSet<>();
        private String userAgentSuffix;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Scheduler scheduler;
        private RetryListener retryListener = RetryListener.NONE;
        private ResponseListener responseListener = ResponseListener.NONE;
        private boolean logBodies;
        private int maxErrorBodyBytes = 8 * 1024;
        private ErrorBodyParser errorBodyParser = ErrorBodyParser.generic();
        private final java.util.ArrayList<String> requestIdHeaders =
                new java.util.ArrayList<>(List.of("X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id"));

        private Builder() {
        }

        /**
         * @param url the API root; a trailing slash is removed
         * @return this builder
         * @throws IllegalArgumentException if not an absolute http(s) URL
         */
        public Builder baseUrl(String url) {
            okhttp3.HttpUrl parsed = url == null ? null : okhttp3.HttpUrl.parse(url);
            if (parsed == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL");
            }
            if (parsed.query() != null || parsed.fragment() != null) {
                throw new IllegalArgumentException("baseUrl must not have a query or fragment");
            }
            this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return this;
        }

        /**
         * @param credentials how to authenticate
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Uses the caller's OkHttp client: the transport derives from it ({@code newBuilder()}, sharing its
         * connection pool and dispatcher) and still applies its own credentials, retries, timeouts and logging. The
         * transport never closes it.
         *
         * @param client the caller's client
         * @return this builder
         */
        public Builder okHttpClient(okhttp3.OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * @param timeouts timeouts to change; the ones it sets replace those of this builder, the others stay
         * @return this builder
         */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts").over(this.timeouts);
            return this;
        }

        /**
         * @param policy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param limiter a client-side rate limiter, shared by every call of this client and its derived clients;
         *     {@code null} for none
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter limiter) {
            this.rateLimiter = limiter;
            return this;
        }

        /**
         * @param name header name
         * @param value value sent with every request
         * @return this builder
         */
        public Builder defaultHeader(String name, String value) {
            HeaderChecks.check(name, value);
            defaultHeaders.put(name, value);
            return this;
        }

        /**
         * @param name a header that carries a secret: never sent to another origin than the base URL's
         * @return this builder
         */
        public Builder sensitiveHeader(String name) {
            sensitiveHeaders.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Declares a secret the credentials do not show, for example the client secret a custom token source signs in
         * with: it is scrubbed, in every form a server may echo it, from every error message, error body, request id
         * and log line, like the credentials themselves. Never printed by {@code toString()}.
         *
         * @param secret the secret; values under 4 characters are ignored (they would mask ordinary text)
         * @return this builder
         */
        public Builder secretValue(String secret) {
            if (secret != null && secret.length() >= 4) {
                secretValues.add(secret);
            }
            return this;
        }

        /**
         * @param suffix product token appended to {@code switchboard-java/<version>}, for example {@code intercom}
         * @return this builder
         */
        public Builder userAgentSuffix(String suffix) {
            if (suffix != null) {
                HeaderChecks.check("User-Agent", suffix);
            }
            this.userAgentSuffix = suffix;
            return this;
        }

        /**
         * @param clock time source for deadlines and rate-limit headers
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param sleeper how blocking calls wait between attempts
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @param scheduler how asynchronous calls wait between attempts; {@code null} for the transport's own
         *     single daemon thread
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /**
         * @param listener told before every retry
         * @return this builder
         */
        public Builder retryListener(RetryListener listener) {
            this.retryListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param listener told about every response (status and headers), for metrics and quota headers
         * @return this builder
         */
        public Builder responseListener(ResponseListener listener) {
            this.responseListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param enabled whether to log request and response bodies at DEBUG (secret-looking JSON keys and known
         *     credentials masked, capped)
         * @return this builder
         */
        public Builder logBodies(boolean enabled) {
            this.logBodies = enabled;
            return this;
        }

        /**
         * @param bytes cap on the error body kept in exceptions; 0 to 1 MiB
         * @return this builder
         */
        public Builder maxErrorBodyBytes(int bytes) {
            if (bytes < 0 || bytes > 1024 * 1024) {
                throw new IllegalArgumentException("maxErrorBodyBytes must be between 0 and 1048576, was " + bytes);
            }
            this.maxErrorBodyBytes = bytes;
            return this;
        }

        /**
         * @param parser how to read the API's error bodies
         * @return this builder
         */
        public Builder errorBodyParser(ErrorBodyParser parser) {
            this.errorBodyParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * @param names response headers that carry the request id, in order of preference
         * @return this builder
         */
        public Builder requestIdHeaders(List<String> names) {
            requestIdHeaders.clear();
            requestIdHeaders.addAll(names);
            return this;
        }

        /** @return the configuration */
        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
