package dev.switchboard.notifications.suger;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.ResponseListener;
import dev.switchboard.core.http.Transport;
import java.util.Objects;
import java.util.Optional;

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
 * <p>Immutable and thread-safe; close it to release its connection pool. {@code toString()} never shows a key.
 *
 * <pre>{@code
 * try (Suger suger = Suger.builder()
 *         .apiKey(System.getenv("SUGER_API_KEY"))
 *         .organizationId(System.getenv("SUGER_ORG_ID"))
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
    private final String organizationId;
    private final String authDescription;

    private Suger(Transport transport, Transport tokenTransport, String organizationId, String authDescription) {
        this.transport = transport;
        this.tokenTransport = tokenTransport;
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
        return new NotificationEventsClient(transport, requireOrganization());
    }

    /**
     * @param organizationId a Suger organization id
     * @return the events of that organization
     * @throws IllegalArgumentException if the id is blank
     */
    public NotificationEventsClient events(String organizationId) {
        return new NotificationEventsClient(transport, organizationId);
    }

    /**
     * @return the notification messages of the client's organization
     * @throws IllegalStateException if the client was built without {@link Builder#organizationId(String)}
     */
    public NotificationMessagesClient messages() {
        return new NotificationMessagesClient(transport, requireOrganization());
    }

    /**
     * @param organizationId a Suger organization id
     * @return the notification messages of that organization
     * @throws IllegalArgumentException if the id is blank
     */
    public NotificationMessagesClient messages(String organizationId) {
        return new NotificationMessagesClient(transport, organizationId);
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

    static String checkOrganizationId(String organizationId) {
        return checkId(organizationId, "organizationId");
    }

    static String checkId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException(name + " must not be '" + id + "'");
        }
        return id;
    }

    /** Builds a {@link Suger}; not thread-safe. */
    public static final class Builder extends ClientBuilder<Builder, Suger> {
        private String apiKey;
        private String legacyOrganizationId;
        private String legacyClientId;
        private String legacySecret;
        private String organizationId;
        private String baseUrl;

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
            String key = apiKey == null ? null : apiKey.strip();
            if (key != null && key.regionMatches(true, 0, "Key ", 0, 4)) {
                key = key.substring(4).strip();
            }
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            Credentials.keyScheme(key); // validates without echoing
            this.apiKey = key;
            this.legacySecret = null;
            return this;
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
            checkId(apiClientId, "apiClientId");
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
         * from {@code SUGER_API_KEY}, {@code SUGER_ORG_ID} and {@code SUGER_BASE_URL}.
         *
         * @throws IllegalStateException if neither an API key nor a legacy token was given
         */
        @Override
        protected ClientConfig.Builder defaults() {
            if (apiKey == null && legacySecret == null) {
                environment("SUGER_API_KEY").ifPresent(this::apiKey);
            }
            if (organizationId == null) {
                environment("SUGER_ORG_ID").ifPresent(this::organizationId);
            }
            if (apiKey == null && legacySecret == null) {
                throw new IllegalStateException("Suger credentials are required: call apiKey(...) or"
                        + " legacyBearerToken(...) (or fromEnv() with SUGER_API_KEY)");
            }
            String root = baseUrl != null ? baseUrl : environment("SUGER_BASE_URL").orElse(DEFAULT_BASE_URL);
            // With a legacy token, the secret is configured as the token transport's key only so that the transport
            // scrubs it from every error and log line (token requests are unauthenticated), should the endpoint echo it.
            return ClientConfig.builder(root).userAgentSuffix("suger")
                    .credentials(Credentials.keyScheme(apiKey != null ? apiKey : legacySecret));
        }

        @Override
        protected Suger create(ClientConfig config) {
            if (apiKey != null) {
                return new Suger(Transport.create(config), null, organizationId, "Authorization: Key ***");
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
            String org = organizationId != null ? organizationId : legacyOrganizationId;
            return new Suger(main, tokens, org, "legacy bearer token for API client " + legacyClientId);
        }
    }
}
