package dev.switchboard.notifications.suger;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.ResponseListener;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A client of Suger's notification API: {@link #events()} (notification events, filtered and paged) and
 * {@link #messages()} (notification messages). The organization is given once here or per call with
 * {@link #events(String)} and {@link #messages(String)}.
 *
 * <p>Authentication is an API key, sent as {@code Authorization: Key <apiKey>} from the bare key, or a legacy
 * bearer-token API client ({@link Builder#legacyBearerToken}). Error bodies, which Suger sends as a JSON string or
 * plain text, become the message of the {@link dev.switchboard.core.ApiException}. Suger documents no rate limits,
 * so no client-side limiter is set unless you give one.
 *
 * <p>The resource clients follow {@link dev.switchboard.core.http.ResourceClient}: {@code withOptions(...)} views,
 * an {@code …Async} twin of each method that sends one request, and the SDK's unchecked exceptions.
 *
 * <p>Immutable and thread-safe; close it to release its connection pool. {@code toString()} never shows a key.
 *
 * <pre>{@code
 * try (Suger suger = Suger.builder()
 *         .fromEnv()                        // SUGER_API_KEY, SUGER_ORG_ID, SUGER_BASE_URL
 *         .build()) {
 *     for (NotificationEvent e : suger.events().list(EventFilter.all())) {
 *         System.out.println(e.eventId() + " " + e.action() + " " + e.priority());
 *     }
 * }
 * }</pre>
 */
public final class Suger implements AutoCloseable {
    /** Suger's API root. */
    public static final String DEFAULT_BASE_URL = "https://api.suger.cloud";

    private final Transport transport;
    private final Transport tokenTransport;
    private final LegacyTokenSource tokens;
    private final String organizationId;
    private final String authDescription;

    private Suger(Transport transport, Transport tokenTransport, LegacyTokenSource tokens, String organizationId,
            String authDescription) {
        this.transport = transport;
        this.tokenTransport = tokenTransport;
        this.tokens = tokens;
        this.organizationId = organizationId;
        this.authDescription = authDescription;
    }

    /** @return a builder; an API key (or a legacy bearer-token client) is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the events of the client's organization
     * @throws IllegalStateException if the client was built without {@link Builder#organizationId(String)}
     */
    public NotificationEventsClient events() {
        return new NotificationEventsClient(transport, tokens, requireOrganization());
    }

    /**
     * @param organizationId a Suger organization id
     * @return the events of that organization
     * @throws IllegalArgumentException if the id is blank
     */
    public NotificationEventsClient events(String organizationId) {
        return new NotificationEventsClient(transport, tokens, organizationId);
    }

    /**
     * @return the notification messages of the client's organization
     * @throws IllegalStateException if the client was built without {@link Builder#organizationId(String)}
     */
    public NotificationMessagesClient messages() {
        return new NotificationMessagesClient(transport, tokens, requireOrganization());
    }

    /**
     * @param organizationId a Suger organization id
     * @return the notification messages of that organization
     * @throws IllegalArgumentException if the id is blank
     */
    public NotificationMessagesClient messages(String organizationId) {
        return new NotificationMessagesClient(transport, tokens, organizationId);
    }

    /** @return the organization used when none is given per call */
    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    /** @return the API root this client calls */
    public String baseUrl() {
        return transport.config().baseUrl();
    }

    /** @return the transport, for Suger endpoints this client does not cover; it carries the client's credentials */
    public Transport transport() {
        return transport;
    }

    private String requireOrganization() {
        if (organizationId == null) {
            throw new IllegalStateException("this Suger has no organization: set Builder.organizationId(...) or"
                    + " pass one to events(orgId) / messages(orgId)");
        }
        return organizationId;
    }

    /** Releases the connection pool and threads. */
    @Override
    public void close() {
        transport.close();
        if (tokenTransport != null) {
            tokenTransport.close();
        }
    }

    /** @return the base URL, the organization and the kind of credentials; never a key, secret or token */
    @Override
    public String toString() {
        return "Suger{" + baseUrl() + ", organizationId=" + organizationId + ", " + authDescription + "}";
    }

    /**
     * Starts an asynchronous call once the credentials are ready: at once with an API key; with a legacy bearer
     * token, after the token came without blocking (so the transport's token supplier finds it cached and does not
     * block the thread that sends).
     *
     * @param tokens the legacy token source, or {@code null} for an API key
     * @param call starts the call
     * @param <T> the result's type
     * @return the call's result; cancelling it cancels the call (and stops waiting for the token)
     */
    static <T> CompletableFuture<T> afterToken(LegacyTokenSource tokens, Supplier<CompletableFuture<T>> call) {
        return tokens == null ? call.get() : Futures.compose(tokens.tokenAsync(), token -> call.get());
    }

    static String checkOrganizationId(String organizationId) {
        return Checks.id(organizationId, "organizationId");
    }

    /**
     * Builds a {@link Suger}; not thread-safe. Precedence is {@link ClientBuilder}'s: Suger's defaults, then every
     * setting made here, then the {@code configure} hooks. With {@link #fromEnv()} the API key, organization and
     * base URL not set here are read from {@code SUGER_API_KEY}, {@code SUGER_ORG_ID} and {@code SUGER_BASE_URL}.
     */
    public static final class Builder extends ClientBuilder<Builder, Suger> {
        private String apiKey;
        private String legacyOrganizationId;
        private String legacyClientId;
        private String legacySecret;
        private String organizationId;
        private String baseUrl;
        private String resolvedApiKey;
        private String resolvedOrganizationId;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Authenticates with an API key, sent as {@code Authorization: Key <apiKey>}. Give the bare key; a leading
         * {@code "Key "} (as the official SDK required) is tolerated and removed. Replaces
         * {@link #legacyBearerToken}.
         *
         * @param apiKey the key from the Suger console (Settings, API Client, type API_KEY)
         * @return this builder
         * @throws IllegalArgumentException if blank or containing control characters (the value is never echoed)
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = checkedKey(apiKey);
            this.legacySecret = null;
            return this;
        }

        private static String checkedKey(String apiKey) {
            String key = apiKey == null ? null : apiKey.strip();
            if (key != null && key.regionMatches(true, 0, "Key ", 0, 4)) {
                key = key.substring(4).strip();
            }
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            Credentials.keyScheme(key); // validates without echoing
            return key;
        }

        /**
         * Authenticates as a legacy API client of auth type {@code BEARER_TOKEN}: a token is fetched from
         * {@code POST /public/apiClient/accessToken}, cached, and fetched again a minute before it expires; however
         * many threads call at once, one token request is made. Suger no longer creates such clients; existing ones
         * keep working. Replaces {@link #apiKey}. Also sets the client's organization unless
         * {@link #organizationId(String)} names another.
         *
         * @param organizationId the API client's organization
         * @param apiClientId the API client id
         * @param apiClientSecret the API client secret
         * @return this builder
         * @throws IllegalArgumentException if a value is blank (values are never echoed)
         */
        public Builder legacyBearerToken(String organizationId, String apiClientId, String apiClientSecret) {
            checkOrganizationId(organizationId);
            Checks.id(apiClientId, "apiClientId");
            if (apiClientSecret == null || apiClientSecret.isBlank()) {
                throw new IllegalArgumentException("apiClientSecret must not be blank");
            }
            Credentials.keyScheme(apiClientSecret); // validates without echoing
            this.legacyOrganizationId = organizationId;
            this.legacyClientId = apiClientId;
            this.legacySecret = apiClientSecret;
            this.apiKey = null;
            return this;
        }

        /**
         * @param organizationId the organization used by {@link Suger#events()} and
         *     {@link Suger#messages()}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = checkOrganizationId(organizationId);
            return this;
        }

        /**
         * @param url the API root; default {@value Suger#DEFAULT_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * The API's defaults under the caller's settings. With {@link #fromEnv()}, what was not set explicitly is read
         * from {@code SUGER_API_KEY} (used when neither {@link #apiKey} nor {@link #legacyBearerToken} was called),
         * {@code SUGER_ORG_ID} (used when neither {@link #organizationId} nor {@link #legacyBearerToken} named an
         * organization) and {@code SUGER_BASE_URL}; a value read from the environment is not kept on the builder.
         *
         * @throws IllegalStateException if neither an API key nor a legacy token was given
         * @throws IllegalArgumentException if a variable's value is not valid, naming the variable
         */
        @Override
        protected ClientConfig.Builder defaults() {
            resolvedApiKey = apiKey;
            if (apiKey == null && legacySecret == null) {
                resolvedApiKey = environment("SUGER_API_KEY").map(k -> fromVariable("SUGER_API_KEY",
                        () -> checkedKey(k))).orElse(null);
            }
            if (organizationId != null) {
                resolvedOrganizationId = organizationId;
            } else if (legacySecret != null) {
                resolvedOrganizationId = legacyOrganizationId; // given explicitly with the legacy client
            } else {
                resolvedOrganizationId = environment("SUGER_ORG_ID")
                        .map(o -> fromVariable("SUGER_ORG_ID", () -> checkOrganizationId(o))).orElse(null);
            }
            if (resolvedApiKey == null && legacySecret == null) {
                throw new IllegalStateException("Suger credentials are required: call apiKey(...) or"
                        + " legacyBearerToken(...) (or fromEnv() with SUGER_API_KEY)");
            }
            String root = baseUrl != null ? baseUrl : environment("SUGER_BASE_URL").orElse(DEFAULT_BASE_URL);
            // With a legacy token, the secret is configured as the token transport's key only so that the transport
            // scrubs it from every error and log line (token requests are unauthenticated), should the endpoint echo it.
            return ClientConfig.builder(root).userAgentSuffix("suger")
                    .credentials(Credentials.keyScheme(resolvedApiKey != null ? resolvedApiKey : legacySecret));
        }

        private static String fromVariable(String variable, Supplier<String> check) {
            try {
                return check.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected Suger create(ClientConfig config) {
            if (resolvedApiKey != null) {
                return new Suger(Transport.create(config), null, null, resolvedOrganizationId, "Authorization: Key ***");
            }
            Transport tokens = Transport.create(config);
            LegacyTokenSource source = LegacyTokenSource.over(tokens, legacyOrganizationId, legacyClientId,
                    legacySecret, config.clock());
            ResponseListener user = config.responseListener();
            ResponseListener onRejected = (method, url, status, headers) -> {
                if (status == 401) {
                    source.invalidate(); // revoked or expired early: the next call fetches a new token
                }
                user.onResponse(method, url, status, headers);
            };
            // The API calls carry only the token, but a server may echo the client secret there too: scrub it. The
            // caller's response listener is kept (called after the token check).
            Transport main = tokens.withConfig(b -> b.credentials(Credentials.bearer(source)).secretValue(legacySecret)
                    .responseListener(onRejected));
            return new Suger(main, tokens, source, resolvedOrganizationId, "legacy bearer token for API client " + legacyClientId);
        }
    }
}
