package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.spi.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client of AlooChat's Team Notifications API: what AI agents did while resolving customer queries, each user's
 * read status, and statistics, through {@link #notifications()}.
 *
 * <ul>
 *   <li>The API key goes in {@code x-api-key} on every request, to {@code https://api.aloochat.ai} under
 *       {@code /team-notifications}. AlooChat's pages disagree with each other ({@code x-api-token},
 *       {@code /api/public}), so the header name and the base path are both configurable.</li>
 *   <li>The documented limits, {@value #REQUESTS_PER_MINUTE} requests per minute and {@value #REQUESTS_PER_HOUR} per
 *       hour per API key, are kept by a client-side limiter that waits for a permit (within the call's deadline);
 *       it can be replaced, made to fail fast, or turned off. Because the limits count per key, clients built in
 *       one JVM with the same key (and the same base URL, limits, mode and clock) share one limiter by default;
 *       pass {@link Builder#rateLimiter} your own limiter for a separate budget.</li>
 *   <li>A 429 is retried after its {@code Retry-After} when the server sends one, else after
 *       {@link #RATE_LIMIT_FALLBACK}: quick exponential backoff would only hit the exhausted window again.</li>
 *   <li>The error body {@code {error, message, statusCode, timestamp, path}} becomes the exception's message and
 *       error details; {@link AlooChatError#of} gives every field of it typed.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; close it to release its connection pool. {@code toString()} never shows the key.
 * {@link #notifications()} follows {@link dev.switchboard.core.http.ResourceClient}: {@code withOptions(...)} views
 * and an {@code …Async} twin of each method that sends one request.
 *
 * <pre>{@code
 * try (AlooChat aloochat = AlooChat.builder().fromEnv().build()) {   // ALOOCHAT_API_KEY, ALOOCHAT_BASE_URL
 *     NotificationStats stats = aloochat.notifications().stats();
 *     System.out.println(stats.unreadCount() + " unread of " + stats.totalNotifications());
 * }
 * }</pre>
 */
public final class AlooChat implements AutoCloseable {
    /** AlooChat's API root. */
    public static final String DEFAULT_BASE_URL = "https://api.aloochat.ai";
    /** The path of the Team Notifications routes, as the Team Notifications page gives it. */
    public static final String DEFAULT_BASE_PATH = "/team-notifications";
    /** The header that carries the API key, as the Team Notifications page gives it. */
    public static final String DEFAULT_API_KEY_HEADER = "x-api-key";
    /** The documented burst limit per API key. */
    public static final int REQUESTS_PER_MINUTE = 100;
    /** The documented hourly limit per API key. */
    public static final int REQUESTS_PER_HOUR = 1000;
    /** How long a 429 without {@code Retry-After} waits before it is retried, unless a retry policy says otherwise. */
    public static final Duration RATE_LIMIT_FALLBACK = Duration.ofSeconds(15);

    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~!$&'()*+,;=:@-]+)+");

    private final Transport transport;
    private final String basePath;
    private final String apiKeyHeader;

    private AlooChat(Transport transport, String basePath, String apiKeyHeader) {
        this.transport = transport;
        this.basePath = basePath;
        this.apiKeyHeader = apiKeyHeader;
    }

    /** @return a builder; an API key is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the documented limits as rate-limiter windows: {@value #REQUESTS_PER_MINUTE} per minute and
     *     {@value #REQUESTS_PER_HOUR} per hour
     */
    public static List<RateLimiter.Window> documentedLimits() {
        return List.of(RateLimiter.Window.of(REQUESTS_PER_MINUTE, Duration.ofMinutes(1)),
                RateLimiter.Window.of(REQUESTS_PER_HOUR, Duration.ofHours(1)));
    }

    /** @return the Team Notifications endpoints */
    public TeamNotificationsClient notifications() {
        return new TeamNotificationsClient(transport, basePath);
    }

    /** @return the API root this client calls */
    public String baseUrl() {
        return transport.config().baseUrl();
    }

    /** @return the path of the Team Notifications routes under the base URL */
    public String basePath() {
        return basePath;
    }

    /** @return the client-side rate limiter, or {@code null} when turned off */
    public RateLimiter rateLimiter() {
        return transport.config().rateLimiter();
    }

    /** @return the transport, for AlooChat endpoints this client does not cover; it carries the API key */
    public Transport transport() {
        return transport;
    }

    /** Releases the connection pool and threads. */
    @Override
    public void close() {
        transport.close();
    }

    /** @return the base URL, base path, key header name and limiter; never the key */
    @Override
    public String toString() {
        return "AlooChat{" + baseUrl() + basePath + ", " + apiKeyHeader + ": ***, rateLimiter=" + rateLimiter()
                + "}";
    }

    /**
     * Builds an {@link AlooChat}; not thread-safe. Precedence is {@link ClientBuilder}'s: AlooChat's defaults (its
     * retry policy and limiter included), then every setting made here, then the {@code configure} hooks. With
     * {@link #fromEnv()} the API key and base URL not set here are read from {@code ALOOCHAT_API_KEY} and
     * {@code ALOOCHAT_BASE_URL}.
     */
    public static final class Builder extends ClientBuilder<Builder, AlooChat> {
        private String apiKey;
        private String baseUrl;
        private String basePath = DEFAULT_BASE_PATH;
        private String apiKeyHeader = DEFAULT_API_KEY_HEADER;
        private RateLimiter.Mode rateLimitMode = RateLimiter.Mode.WAIT;
        private boolean rateLimited = true;
        private List<RateLimiter.Window> windows = documentedLimits();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param apiKey the key from AlooChat Studio (Security, Access control)
         * @return this builder
         * @throws IllegalArgumentException if blank or containing control characters (the value is never echoed)
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = checkedKey(apiKey);
            return this;
        }

        private static String checkedKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            Credentials.apiKeyHeader(DEFAULT_API_KEY_HEADER, apiKey); // validates without echoing
            return apiKey;
        }

        /**
         * @param url the API root; default {@value AlooChat#DEFAULT_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @param path the path of the Team Notifications routes; default {@value AlooChat#DEFAULT_BASE_PATH}
         *     (another page of AlooChat's documents puts its public API under {@code /api/public})
         * @return this builder
         * @throws IllegalArgumentException if the path does not start with {@code /} or has characters that need
         *     escaping; a trailing {@code /} is dropped
         */
        public Builder basePath(String path) {
            String p = path == null ? "" : path.strip();
            while (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            if (!BASE_PATH.matcher(p).matches()) {
                throw new IllegalArgumentException("basePath must be a path such as /team-notifications, was '" + path
                        + "'");
            }
            this.basePath = p;
            return this;
        }

        /**
         * @param name the header that carries the API key; default {@value AlooChat#DEFAULT_API_KEY_HEADER}
         *     (other AlooChat pages use {@code x-api-token})
         * @return this builder
         * @throws IllegalArgumentException if not a legal header name
         */
        public Builder apiKeyHeader(String name) {
            Credentials.apiKeyHeader(name, "check"); // validates the name
            this.apiKeyHeader = name;
            return this;
        }

        /**
         * Replaces the documented limits with others, for example those of a plan with higher limits; the limiter
         * runs on this builder's clock in the {@link #rateLimitMode(RateLimiter.Mode) mode} chosen.
         *
         * @param windows the limits to keep, at least one
         * @return this builder
         * @throws IllegalArgumentException if no window is given
         */
        public Builder rateLimits(RateLimiter.Window... windows) {
            if (windows == null || windows.length == 0) {
                throw new IllegalArgumentException("rateLimits needs at least one window; use withoutRateLimit() for"
                        + " none");
            }
            this.windows = List.of(windows);
            rateLimiter(null);
            this.rateLimited = true;
            return this;
        }

        /**
         * @param mode {@link RateLimiter.Mode#WAIT} (the default: wait for a permit within the deadline) or
         *     {@link RateLimiter.Mode#FAIL_FAST} (throw {@link dev.switchboard.core.ClientRateLimitException} at once),
         *     for the default limiter over the documented limits (or those of {@link #rateLimits})
         * @return this builder
         */
        public Builder rateLimitMode(RateLimiter.Mode mode) {
            this.rateLimitMode = Objects.requireNonNull(mode, "mode");
            rateLimiter(null);
            this.rateLimited = true;
            return this;
        }

        /**
         * Turns the client-side limiter off, for example when a gateway of yours already limits the traffic.
         *
         * @return this builder
         */
        public Builder withoutRateLimit() {
            rateLimiter(null);
            this.rateLimited = false;
            this.windows = documentedLimits();
            return this;
        }

        /**
         * The API's defaults under the caller's settings: the key in {@link #apiKeyHeader}, AlooChat's error body,
         * a 15-second wait on a 429 without {@code Retry-After}, and the documented rate limits (shared by every
         * client of the same key and base URL) unless {@link #withoutRateLimit()} or a limiter of the caller's own.
         * With {@link #fromEnv()}, what was not set explicitly is read from {@code ALOOCHAT_API_KEY} and
         * {@code ALOOCHAT_BASE_URL}; a value read from the environment is not kept on the builder.
         *
         * @throws IllegalStateException if no API key was given
         * @throws IllegalArgumentException if {@code ALOOCHAT_API_KEY} holds a control character (never echoed)
         */
        @Override
        protected ClientConfig.Builder defaults() {
            String key = apiKey;
            if (key == null) {
                key = environment("ALOOCHAT_API_KEY").map(AlooChat.Builder::fromVariable).orElse(null);
            }
            if (key == null) {
                throw new IllegalStateException("an AlooChat API key is required: call apiKey(...) (or fromEnv() with"
                        + " ALOOCHAT_API_KEY)");
            }
            String root = baseUrl != null ? baseUrl : environment("ALOOCHAT_BASE_URL").orElse(DEFAULT_BASE_URL);
            Clock time = clockSetting() != null ? clockSetting() : Clock.systemUTC();
            return ClientConfig.builder(root)
                    .userAgentSuffix("aloochat")
                    .errorBodyParser(AlooChatErrors.INSTANCE)
                    .retryPolicy(RetryPolicy.builder().rateLimitFallback(RATE_LIMIT_FALLBACK).build())
                    .credentials(Credentials.apiKeyHeader(apiKeyHeader, key))
                    .clock(time)
                    .rateLimiter(rateLimited ? SharedLimiters.forKey(key, root, rateLimitMode, windows, time) : null);
        }

        private static String fromVariable(String key) {
            try {
                return checkedKey(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ALOOCHAT_API_KEY: " + e.getMessage(), e);
            }
        }

        @Override
        protected AlooChat create(ClientConfig config) {
            return new AlooChat(Transport.create(config), basePath, apiKeyHeader);
        }
    }
}
