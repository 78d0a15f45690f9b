package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * A client of the Moveworks Data API: the five export entities, their OData queries and counts, with the April 2026
 * SysEvents data typed.
 *
 * <pre>{@code
 * try (MoveworksDataApi api = MoveworksDataApi.builder()
 *         .region(Region.EU)
 *         .clientCredentials(clientId, clientSecret)      // or .apiKey(key)
 *         .build()) {
 *     long dm = api.conversations().count(ODataQuery.dmOnly());
 *     for (Conversation c : api.conversations().list(ODataQuery.sysEventsOnly())) { ... }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Credentials: an API key as {@code Authorization: Bearer <key>}, or OAuth client credentials posted as JSON to
 *       {@code {base}/oauth/v1/token}; the token (valid 3600 s) is cached, refreshed 60 s before it expires, fetched by
 *       one request however many threads ask, and replaced once if the API answers 401.</li>
 *   <li>Retries: HTTP 429 waits for the server's {@code Retry-After} when sent, otherwise {@link Builder#rateLimitWait
 *       rateLimitWait} (60 s, as Moveworks' own pipeline does); 500, 502, 503, 504 and connection failures back off
 *       exponentially (1 s doubling to 16 s, with jitter, 5 retries); one call, waits included, ends after the
 *       {@link Builder#deadline deadline} (5 minutes).</li>
 *   <li>{@code users} is throttled harder, so it has its own defaults, those of Moveworks' own pipeline: a 429
 *       without {@code Retry-After} waits {@link #DEFAULT_USERS_RATE_LIMIT_WAIT 90 s}, and its requests are paced
 *       {@link #DEFAULT_USERS_PAGE_INTERVAL 2 s} apart ({@link Builder#usersRateLimitWait},
 *       {@link Builder#usersPageInterval}).</li>
 *   <li>Every {@code list} and {@code count} checks its window against {@link DataWindow#TTL the 30-day TTL} and
 *       {@link DataWindow#SYS_EVENTS_START 2026-04-01}: a warning is logged by default
 *       ({@link Builder#windowCheck}).</li>
 *   <li>Immutable and thread-safe; close it to release its connections (a caller's {@link OkHttpClient} is never
 *       closed). {@link #toString()} shows the kind of credentials only, never a key, secret or token.</li>
 * </ul>
 */
public final class MoveworksDataApi implements AutoCloseable {
    /** The default wait after a 429 without {@code Retry-After}. */
    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);
    /** The default deadline of one call (one page or one count), retries and waits included. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);
    /** The default cap on a server's {@code Retry-After} (raised to the rate-limit wait when that is longer). */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(2);
    /** The default wait after a 429 on {@code users} without {@code Retry-After}, as Moveworks' pipeline waits. */
    public static final Duration DEFAULT_USERS_RATE_LIMIT_WAIT = Duration.ofSeconds(90);
    /** The default least time between two {@code users} requests, as Moveworks' pipeline paces its pages. */
    public static final Duration DEFAULT_USERS_PAGE_INTERVAL = Duration.ofSeconds(2);

    private final Transport transport;
    private final String baseUrl;
    private final ApiVersion version;
    private final String credentialKind;
    private final DataApiEntity<Conversation> conversations;
    private final DataApiEntity<Interaction> interactions;
    private final DataApiEntity<PluginCall> pluginCalls;
    private final DataApiEntity<PluginResource> pluginResources;
    private final DataApiEntity<User> users;

    private MoveworksDataApi(Transport transport, Transport usersTransport, String baseUrl, ApiVersion version,
            String credentialKind, DataWindow.WindowCheck check) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.version = version;
        this.credentialKind = credentialKind;
        this.conversations = new DataApiEntity<>(transport, version, "conversations", Conversation.class, check);
        this.interactions = new DataApiEntity<>(transport, version, "interactions", Interaction.class, check);
        this.pluginCalls = new DataApiEntity<>(transport, version, "plugin-calls", PluginCall.class, check);
        this.pluginResources = new DataApiEntity<>(transport, version, "plugin-resources", PluginResource.class,
                check);
        this.users = new DataApiEntity<>(usersTransport, version, "users", User.class, check);
    }

    /** @return a builder: US region, version {@code v1}, no credentials yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code conversations} entity */
    public DataApiEntity<Conversation> conversations() {
        return conversations;
    }

    /** @return the {@code interactions} entity */
    public DataApiEntity<Interaction> interactions() {
        return interactions;
    }

    /** @return the {@code plugin-calls} entity */
    public DataApiEntity<PluginCall> pluginCalls() {
        return pluginCalls;
    }

    /** @return the {@code plugin-resources} entity */
    public DataApiEntity<PluginResource> pluginResources() {
        return pluginResources;
    }

    /** @return the {@code users} entity */
    public DataApiEntity<User> users() {
        return users;
    }

    /** @return the API root, for example {@code https://api.moveworks.ai} */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the path version */
    public ApiVersion apiVersion() {
        return version;
    }

    /** Releases the connections and threads this client created. */
    @Override
    public void close() {
        transport.close();
    }

    /** @return the base URL, version and kind of credentials; never a key, secret or token */
    @Override
    public String toString() {
        return "MoveworksDataApi[" + baseUrl + ", " + version.pathSegment() + ", " + credentialKind + "]";
    }

    /**
     * Configures a {@link MoveworksDataApi}. Not thread-safe; {@link #toString()} never shows a secret. When a setting
     * is given twice, the last call wins ({@link #region} and {@link #baseUrl} set the same root, {@link #apiKey},
     * {@link #clientCredentials} and {@link #credentials} the same credentials).
     */
    public static final class Builder extends ClientBuilder<Builder> {
        private String baseUrl = Region.US.baseUrl();
        private ApiVersion version = ApiVersion.V1;
        private Credentials credentials;
        private String clientId;
        private String clientSecret;
        private String tokenUrl;
        private Duration rateLimitWait = DEFAULT_RATE_LIMIT_WAIT;
        private Duration usersRateLimitWait = DEFAULT_USERS_RATE_LIMIT_WAIT;
        private Duration usersPageInterval = DEFAULT_USERS_PAGE_INTERVAL;
        private DataWindow.WindowCheck windowCheck = DataWindow.WindowCheck.WARN;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param region the tenant's region; sets the root to {@link Region#baseUrl()}
         * @return this builder
         */
        public Builder region(Region region) {
            this.baseUrl = Objects.requireNonNull(region, "region must not be null").baseUrl();
            return this;
        }

        /**
         * @param url a custom API root (a proxy, a test server), absolute http(s) without user info, query or fragment;
         *     a trailing slash is dropped
         * @return this builder
         * @throws IllegalArgumentException if the URL is not such a root
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Arguments.root(url, "baseUrl");
            return this;
        }

        /**
         * @param version the path version; {@link ApiVersion#V1} by default
         * @return this builder
         */
        public Builder apiVersion(ApiVersion version) {
            this.version = Objects.requireNonNull(version, "version must not be null");
            return this;
        }

        /**
         * @param key an API key, sent as {@code Authorization: Bearer <key>}
         * @return this builder
         * @throws IllegalArgumentException if blank or holding a control character (the value is never echoed)
         */
        public Builder apiKey(String key) {
            Arguments.secret(key, "apiKey");
            this.credentials = Credentials.bearer(key);
            this.clientId = null;
            this.clientSecret = null;
            return this;
        }

        /**
         * OAuth 2.0 client credentials: the client posts {@code {"grant_type":"client_credentials","client_id":...,
         * "client_secret":...}} to {@code {base}/oauth/v1/token} (or {@link #tokenUrl(String)}) and sends the token it
         * gets as {@code Authorization: Bearer}.
         *
         * @param clientId the client id
         * @param clientSecret the client secret
         * @return this builder
         * @throws IllegalArgumentException if either is blank or holds a control character (values never echoed)
         */
        public Builder clientCredentials(String clientId, String clientSecret) {
            Arguments.secret(clientId, "clientId");
            Arguments.secret(clientSecret, "clientSecret");
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            this.credentials = null;
            return this;
        }

        /**
         * @param url the token endpoint, when it is not {@code {base}/oauth/v1/token} (Moveworks documents the US one;
         *     the EU one is presumed on the EU host)
         * @return this builder
         * @throws IllegalArgumentException if not an absolute http(s) URL
         */
        public Builder tokenUrl(String url) {
            this.tokenUrl = Arguments.url(url, "tokenUrl");
            return this;
        }

        /**
         * @param credentials any sdk-core credentials, for example {@code Credentials.bearer(supplier)} for keys rotated
         *     by the caller, or {@code Credentials.apiKeyHeader("Authorization", key)} for the raw-key scheme of older
         *     Moveworks documentation
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
            this.clientId = null;
            this.clientSecret = null;
            return this;
        }

        /**
         * @param wait how long to wait after a 429 without {@code Retry-After}; positive, 60 s by default (Moveworks'
         *     pipeline waits 60 s, 90 s for users)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder rateLimitWait(Duration wait) {
            this.rateLimitWait = Arguments.positive(wait, "rateLimitWait");
            return this;
        }

        /**
         * @param wait how long a {@code users} request waits after a 429 without {@code Retry-After}; positive, 90 s
         *     by default (Moveworks' pipeline waits 90 s for users)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder usersRateLimitWait(Duration wait) {
            this.usersRateLimitWait = Arguments.positive(wait, "usersRateLimitWait");
            return this;
        }

        /**
         * @param interval the least time between two {@code users} requests (pages and counts), 2 s by default as in
         *     Moveworks' pipeline; {@link Duration#ZERO} for no pacing. Not applied when a
         *     {@link #rateLimiter rate limiter} of your own is set: that one paces every entity.
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder usersPageInterval(Duration interval) {
            if (interval == null || interval.isNegative()) {
                throw new IllegalArgumentException("usersPageInterval must be zero or positive");
            }
            this.usersPageInterval = interval;
            return this;
        }

        /**
         * @param check what {@code list} and {@code count} do when a query's window starts before the 30-day TTL or
         *     (conversations) before 2026-04-01: {@link DataWindow.WindowCheck#WARN} by default
         * @return this builder
         */
        public Builder windowCheck(DataWindow.WindowCheck check) {
            this.windowCheck = Objects.requireNonNull(check, "windowCheck must not be null");
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if no credentials were set, or a token URL without client credentials
         */
        public MoveworksDataApi build() {
            Credentials creds;
            String kind;
            if (clientId != null) {
                String url = tokenUrl != null ? tokenUrl : baseUrl + "/oauth/v1/token";
                creds = Credentials.oauth2(OAuth2ClientCredentials.json(url, clientId, clientSecret));
                kind = kind();
            } else if (credentials != null) {
                if (tokenUrl != null) {
                    throw new IllegalStateException("tokenUrl is set but clientCredentials(clientId, clientSecret) is not");
                }
                creds = credentials;
                kind = kind();
            } else {
                throw new IllegalStateException("MoveworksDataApi needs credentials: call apiKey(key) or "
                        + "clientCredentials(clientId, clientSecret) on the builder");
            }
            ClientConfig.Builder config = ClientConfig.builder(baseUrl)
                    .credentials(creds)
                    .deadline(DEFAULT_DEADLINE)
                    .userAgentSuffix("moveworks-data-api");
            applyTo(config);
            config.retryPolicy(effectivePolicy(rateLimitWait));
            Transport transport = Transport.create(config.build());
            RetryPolicy usersPolicy = effectivePolicy(usersRateLimitWait);
            RateLimiter pacing = rateLimiterSetting() != null || usersPageInterval.isZero() ? rateLimiterSetting()
                    : RateLimiter.of(RateLimiter.Mode.WAIT, transport.config().clock(),
                            List.of(RateLimiter.Window.of(1, usersPageInterval)));
            Transport users = transport.withConfig(c -> c.retryPolicy(usersPolicy).rateLimiter(pacing));
            return new MoveworksDataApi(transport, users, baseUrl, version, kind, windowCheck);
        }

        private RetryPolicy effectivePolicy(Duration rateLimitWait) {
            RetryPolicy base = retryPolicySetting() != null ? retryPolicySetting() : RetryPolicy.builder()
                    .maxRetries(5)
                    .baseDelay(Duration.ofSeconds(1))
                    .maxDelay(Duration.ofSeconds(16))
                    .maxRetryAfter(DEFAULT_MAX_RETRY_AFTER)
                    .build();
            RetryPolicy.Builder b = base.toBuilder().rateLimitFallback(rateLimitWait);
            if (base.maxRetryAfter().compareTo(rateLimitWait) < 0) {
                b.maxRetryAfter(rateLimitWait);
            }
            return b.build();
        }

        private String kind() {
            if (clientId != null || credentials instanceof OAuth2ClientCredentials) {
                return "OAuth client credentials";
            }
            if (credentials == null) {
                return "no credentials";
            }
            return credentials instanceof Credentials.Bearer ? "API key" : "custom credentials";
        }

        /** @return the settings; credentials as their kind only */
        @Override
        public String toString() {
            return "MoveworksDataApi.Builder[" + baseUrl + ", " + version.pathSegment() + ", " + kind() + "]";
        }
    }
}
