package dev.switchboard.conversations.intercom;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RateLimitInfo;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.retry.RetryPolicy;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The connection every Intercom client shares: access token ({@code Authorization: Bearer}), region or custom base
 * URL, and the {@code Intercom-Version} header ({@value #DEFAULT_VERSION} unless changed here or per request with
 * {@link #version(String)}). Intercom's error body ({@code error.list} with {@code request_id} and
 * {@code errors[code, message, field]}) becomes the details of every {@link dev.switchboard.core.ApiException}; a 429
 * waits until {@code X-RateLimit-Reset}, and the latest {@code X-RateLimit-*} values are available from
 * {@link #rateLimit()}.
 *
 * <p>Immutable and thread-safe; close it to release its connection pool.
 *
 * <pre>{@code
 * try (IntercomConnection intercom = IntercomConnection.builder()
 *         .accessToken(System.getenv("INTERCOM_TOKEN"))
 *         .region(IntercomRegion.EU)
 *         .build()) {
 *     ...
 * }
 * }</pre>
 */
public final class IntercomConnection implements AutoCloseable {
    /** The API version this SDK is written for. */
    public static final String DEFAULT_VERSION = "2.14";
    /** The header that selects the API version. */
    public static final String VERSION_HEADER = "Intercom-Version";

    private final Transport transport;
    private final String version;
    private final AtomicReference<RateLimitInfo> lastRateLimit;

    private IntercomConnection(Transport transport, String version, AtomicReference<RateLimitInfo> lastRateLimit) {
        this.transport = transport;
        this.version = version;
        this.lastRateLimit = lastRateLimit;
    }

    /** @return a builder; an access token is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Per-request override of the API version, for calling one endpoint with another version.
     *
     * @param version for example {@code "2.13"}
     * @return options that send that {@code Intercom-Version}
     * @throws IllegalArgumentException if the version is blank
     */
    public static RequestOptions version(String version) {
        return RequestOptions.builder().header(VERSION_HEADER, checkVersion(version)).build();
    }

    private static String checkVersion(String version) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        return version;
    }

    /** @return the transport the Intercom clients send through */
    public Transport transport() {
        return transport;
    }

    /** @return the {@code Intercom-Version} sent by default */
    public String defaultVersion() {
        return version;
    }

    /** @return the base URL */
    public String baseUrl() {
        return transport.config().baseUrl();
    }

    /**
     * @return the {@code X-RateLimit-*} headers of the most recent response that had them (Intercom sends them on
     *     authenticated responses); empty values before the first one
     */
    public RateLimitInfo rateLimit() {
        RateLimitInfo info = lastRateLimit.get();
        return info != null ? info : RateLimitInfo.from(dev.switchboard.core.http.Headers.empty());
    }

    /** Releases the connection pool and threads. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "IntercomConnection{" + baseUrl() + ", Intercom-Version " + version + "}";
    }

    /** Builds an {@link IntercomConnection}; not thread-safe. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Credentials credentials;
        private String baseUrl = IntercomRegion.US.baseUrl();
        private String version = DEFAULT_VERSION;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param token the access token (workspace token or OAuth token)
         * @return this builder
         * @throws IllegalArgumentException if blank or containing control characters (never echoed)
         */
        public Builder accessToken(String token) {
            this.credentials = Credentials.bearer(token);
            return this;
        }

        /**
         * @param token asked before every attempt, for tokens the caller rotates
         * @return this builder
         */
        public Builder accessToken(Supplier<String> token) {
            this.credentials = Credentials.bearer(token);
            return this;
        }

        /**
         * @param region the workspace's region
         * @return this builder
         */
        public Builder region(IntercomRegion region) {
            this.baseUrl = Objects.requireNonNull(region, "region").baseUrl();
            return this;
        }

        /**
         * @param url a custom API root (a proxy, or a fake server in tests)
         * @return this builder
         */
        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @param version the {@code Intercom-Version} to send by default
         * @return this builder
         */
        public Builder version(String version) {
            this.version = checkVersion(version);
            return this;
        }

        /**
         * @return the connection
         * @throws IllegalStateException if no access token was given
         */
        public IntercomConnection build() {
            if (credentials == null) {
                throw new IllegalStateException("an Intercom access token is required: call accessToken(...)");
            }
            AtomicReference<RateLimitInfo> last = new AtomicReference<>();
            ClientConfig.Builder c = ClientConfig.builder(baseUrl)
                    .credentials(credentials)
                    .defaultHeader(VERSION_HEADER, version)
                    .userAgentSuffix("intercom")
                    // Intercom refuses a rate-limited request before processing it, so even a POST may wait and retry.
                    .retryPolicy(RetryPolicy.builder().retryNonIdempotentOn429(true).build())
                    .responseListener((method, url, status, headers) -> {
                        RateLimitInfo info = RateLimitInfo.from(headers);
                        if (info.isPresent()) {
                            last.set(info);
                        }
                    });
            applyTo(c);
            return new IntercomConnection(Transport.create(c.build()), version, last);
        }
    }
}
