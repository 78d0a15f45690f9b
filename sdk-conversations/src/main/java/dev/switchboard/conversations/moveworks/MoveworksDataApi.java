package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 *       deadline ({@link #DEFAULT_DEADLINE 5 minutes}; {@link Builder#timeouts} changes it). A retry policy of the
 *       caller's own ({@link Builder#retryPolicy}, or a {@link Builder#configure} hook) replaces these defaults, on
 *       every entity.</li>
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
    private final EntityClient<Conversation> conversations;
    private final EntityClient<Interaction> interactions;
    private final EntityClient<PluginCall> pluginCalls;
    private final EntityClient<PluginResource> pluginResources;
    private final EntityClient<User> users;

    private MoveworksDataApi(Transport transport, Transport usersTransport, String baseUrl, ApiVersion version,
            String credentialKind, DataWindow.WindowCheck check) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.version = version;
        this.credentialKind = credentialKind;
        this.conversations = new EntityClient<>(transport, version, "conversations", Conversation.class, check);
        this.interactions = new EntityClient<>(transport, version, "interactions", Interaction.class, check);
        this.pluginCalls = new EntityClient<>(transport, version, "plugin-calls", PluginCall.class, check);
        this.pluginResources = new EntityClient<>(transport, version, "plugin-resources", PluginResource.class,
                check);
        this.users = new EntityClient<>(usersTransport, version, "users", User.class, check);
    }

    /** @return a builder: US region, version {@code v1}, no credentials yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code conversations} entity */
    public EntityClient<Conversation> conversations() {
        return conversations;
    }

    /** @return the {@code interactions} entity */
    public EntityClient<Interaction> interactions() {
        return interactions;
    }

    /** @return the {@code plugin-calls} entity */
    public EntityClient<PluginCall> pluginCalls() {
        return pluginCalls;
    }

    /** @return the {@code plugin-resources} entity */
    public EntityClient<PluginResource> pluginResources() {
        return pluginResources;
    }

    /** @return the {@code users} entity */
    public EntityClient<User> users() {
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
     *
     * <p>With {@link #fromEnv()}, what was not set explicitly is read from the environment: the credentials from
     * {@code MOVEWORKS_API_KEY}, else from {@code MOVEWORKS_CLIENT_ID} and {@code MOVEWORKS_CLIENT_SECRET} (both
     * needed), and the root from {@code MOVEWORKS_BASE_URL}. An explicit setting always wins over a variable.
     */
    public static final class Builder extends ClientBuilder<Builder, MoveworksDataApi> {
        private String baseUrl;
        private ApiVersion version = ApiVersion.V1;
        private Credentials credentials;
        private String clientId;
        private String clientSecret;
        private String tokenUrl;
        private Duration rateLimitWait = DEFAULT_RATE_LIMIT_WAIT;
        private Duration usersRateLimitWait = DEFAULT_USERS_RATE_LIMIT_WAIT;
        private Duration usersPageInterval = DEFAULT_USERS_PAGE_INTERVAL;
        private DataWindow.WindowCheck windowCheck = DataWindow.WindowCheck.WARN;
        private String resolvedBaseUrl;
        private String resolvedKind;

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
            Checks.secret(key, "apiKey");
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
            Checks.secret(clientId, "clientId");
            Checks.secret(clientSecret, "clientSecret");
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
         * The API's defaults under the caller's settings: credentials (explicit, else with {@link #fromEnv()}
         * {@code MOVEWORKS_API_KEY}, else {@code MOVEWORKS_CLIENT_ID} and {@code MOVEWORKS_CLIENT_SECRET}), base URL
         * (explicit, else {@code MOVEWORKS_BASE_URL}, else the US region), a {@link MoveworksDataApi#DEFAULT_DEADLINE} deadline,
         * and a retry policy that waits up to {@link #rateLimitWait} on a 429 without {@code Retry-After}. A retry
         * policy of the caller's own ({@link #retryPolicy}, or in a {@link #configure} hook) is used as given, for
         * the users entity too.
         *
         * @throws IllegalStateException if no credentials were given, or a token URL without client credentials
         */
        @Override
        protected ClientConfig.Builder defaults() {
            String root = baseUrl != null ? baseUrl : environment("MOVEWORKS_BASE_URL").map(u -> Arguments.root(u, "MOVEWORKS_BASE_URL"))
                    .orElse(Region.US.baseUrl());
            resolvedBaseUrl = root;
            Credentials creds;
            String id = clientId;
            String secret = clientSecret;
            Credentials given = credentials;
            if (id == null && given == null) {
                Optional<String> key = environment("MOVEWORKS_API_KEY");
                if (key.isPresent()) {
                    given = Credentials.bearer(key.get());
                } else if (environment("MOVEWORKS_CLIENT_ID").isPresent() && environment("MOVEWORKS_CLIENT_SECRET").isPresent()) {
                    id = environment("MOVEWORKS_CLIENT_ID").get();
                    secret = environment("MOVEWORKS_CLIENT_SECRET").get();
                }
            }
            if (id != null) {
                String url = tokenUrl != null ? tokenUrl : root + "/oauth/v1/token";
                creds = Credentials.oauth2(OAuth2ClientCredentials.json(url, id, secret));
            } else if (given != null) {
                if (tokenUrl != null) {
                    throw new IllegalStateException("tokenUrl is set but clientCredentials(clientId, clientSecret) is not");
                }
                creds = given;
            } else {
                throw new IllegalStateException("MoveworksDataApi needs credentials: call apiKey(key) or "
                        + "clientCredentials(clientId, clientSecret) on the builder (or fromEnv() with MOVEWORKS_API_KEY)");
            }
            resolvedKind = kind(id, creds);
            return ClientConfig.builder(root)
                    .credentials(creds)
                    .timeouts(Timeouts.ofDeadline(DEFAULT_DEADLINE))
                    .userAgentSuffix("moveworks-data-api")
                    .retryPolicy(effectivePolicy(rateLimitWait));
        }

        @Override
        protected MoveworksDataApi create(ClientConfig config) {
            Transport transport = Transport.create(config);
            RetryPolicy usersPolicy = effectivePolicy(usersRateLimitWait);
            RateLimiter pacing = usersPageInterval.isZero() ? null
                    : RateLimiter.of(RateLimiter.Mode.WAIT, config.clock(), List.of(RateLimiter.Window.of(1, usersPageInterval)));
            // The users entity's own defaults (a longer 429 wait, one page per interval), then the caller's settings
            // and hooks again: a limiter or policy of the caller's wins here as everywhere.
            Transport users = transport.withConfig(c -> callerOver(c.retryPolicy(usersPolicy).rateLimiter(pacing)));
            return new MoveworksDataApi(transport, users, resolvedBaseUrl, version, resolvedKind, windowCheck);
        }

        private static RetryPolicy effectivePolicy(Duration rateLimitWait) {
            RetryPolicy base = RetryPolicy.builder()
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

        private static String kind(String clientId, Credentials credentials) {
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
            return "MoveworksDataApi.Builder[" + (baseUrl != null ? baseUrl : Region.US.baseUrl()) + ", " + version.pathSegment()
                    + ", " + kind(clientId, credentials) + "]";
        }
    }
}
