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
 * try (SugerClient suger = SugerClient.builder()
 *         .apiKey(System.getenv("SUGER_API_KEY"))
 *         .organizationId(System.getenv("SUGER_ORG_ID"))
 *         .build()) {
 *     for (NotificationEvent e : suger.events().list(EventFilter.all())) {
 *         System.out.println(e.eventId() + " " + e.action() + " " + e.priority());
 *     }
 * }
 * }</pre>
 */
public final class SugerClient implements AutoCloseable {
    /** Suger's API root. */
    public static final String DEFAULT_BASE_URL = "https://api.suger.cloud";

    private final Transport transport;
    private final Transport tokenTransport;
    private final String organizationId;
    private final String authDescription;

    private SugerClient(Transport transport, Transport tokenTransport, String organizationId, String authDescription) {
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
    public NotificationEvents events() {
        return new NotificationEvents(transport, requireOrganization());
    }

    /**
     * @param organizationId a Suger organization id
     * @return the events of that organization
     * @throws IllegalArgumentException if the id is blank
     */
    public NotificationEvents events(String organizationId) {
        return new NotificationEvents(transport, organizationId);
    }

    /**
     * @return the notification messages of the client's organization
     * @throws IllegalStateException if the client was built without {@link Builder#organizationId(String)}
     */
    public NotificationMessages messages() {
        return new NotificationMessages(transport, requireOrganization());
    }

    /**
     * @param organizationId a Suger organization id
     * @return the notification messages of that organization
     * @throws IllegalArgumentException if the id is blank
     */
    public NotificationMessages messages(String organizationId) {
        return new NotificationMessages(transport, organizationId);
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
            throw new IllegalStateException("this SugerClient has no organization: set Builder.organizationId(...) or"
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
        return "SugerClient{" + baseUrl() + ", organizationId=" + organizationId + ", " + authDescription + "}";
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

    /** Builds a {@link SugerClient}; not thread-safe. */
    public static final class Builder extends ClientBuilder<Builder> {
        private String apiKey;
        private String legacyOrganizationId;
        private String legacyClientId;
        private String legacySecret;
        private String organizationId;
        private String baseUrl = DEFAULT_BASE_URL;

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
         * @param organizationId the organization used by {@link SugerClient#events()} and
         *     {@link SugerClient#messages()}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = checkOrganizationId(organizationId);
            return this;
        }

        /**
         * @param url the API root; default {@value SugerClient#DEFAULT_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if neither an API key nor a legacy bearer-token client was given
         * @throws IllegalArgumentException if the base URL is not an absolute http(s) URL
         */
        public SugerClient build() {
            if (apiKey == null && legacySecret == null) {
                throw new IllegalStateException("Suger credentials are required: call apiKey(...) or"
                        + " legacyBearerToken(...)");
            }
            ClientConfig.Builder c = applyTo(ClientConfig.builder(baseUrl).userAgentSuffix("suger"));
            c.baseUrl(baseUrl);
            if (apiKey != null) {
                Transport t = Transport.create(c.credentials(Credentials.keyScheme(apiKey)).build());
                return new SugerClient(t, null, organizationId, "Authorization: Key ***");
            }
            // Token requests carry no credentials (they are marked unauthenticated); the secret is configured as this
            // transport's key only so that the transport scrubs it from every error and log line, which it does for
            // unauthenticated requests too, should the token endpoint echo it.
            ClientConfig tokenConfig = c.credentials(Credentials.keyScheme(legacySecret)).build();
            Transport tokens = Transport.create(tokenConfig);
            LegacyTokenSource source = LegacyTokenSource.over(tokens, legacyOrganizationId, legacyClientId,
                    legacySecret, tokenConfig.clock());
            ResponseListener user = tokenConfig.responseListener();
            ResponseListener onRejected = (method, url, status, headers) -> {
                if (status == 401) {
                    source.invalidate(); // revoked or expired early: the next call fetches a new token
                }
                user.onResponse(method, url, status, headers);
            };
            // The API calls carry only the token, but a server may echo the client secret there too: scrub it.
            Transport main = tokens.withConfig(b -> b.credentials(Credentials.bearer(source)).secretValue(legacySecret)
                    .responseListener(onRejected));
            String org = organizationId != null ? organizationId : legacyOrganizationId;
            return new SugerClient(main, tokens, org, "legacy bearer token for API client " + legacyClientId);
        }
    }
}
