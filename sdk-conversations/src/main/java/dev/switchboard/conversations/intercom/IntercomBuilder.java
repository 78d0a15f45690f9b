package dev.switchboard.conversations.intercom;

import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RateLimitInfo;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the Intercom client ({@code Intercom.builder()}): the access token ({@code Authorization: Bearer}), the
 * region or a custom base URL, the {@code Intercom-Version} ({@value IntercomConnection#DEFAULT_VERSION} unless
 * changed), and every setting of {@link ClientBuilder}. Not thread-safe.
 *
 * <p>With {@link #fromEnv()}, what is not set explicitly is read from {@code INTERCOM_TOKEN} (the access token),
 * {@code INTERCOM_BASE_URL}, else {@code INTERCOM_REGION} ({@code US}, {@code EU}, {@code AU}), and
 * {@code INTERCOM_VERSION}; otherwise the US region and version {@value IntercomConnection#DEFAULT_VERSION}.
 *
 * <p>Intercom's defaults: a 429 waits until {@code X-RateLimit-Reset} and is retried even for a POST (Intercom
 * refuses a rate-limited request before processing it); the error body becomes every
 * {@link dev.switchboard.core.ApiException}'s details.
 *
 * @param <C> what the builder builds (the Intercom root; a bare {@link IntercomConnection} in the SDK's tests)
 */
public final class IntercomBuilder<C> extends ClientBuilder<IntercomBuilder<C>, C> {
    private final Function<IntercomConnection, C> product;
    private Credentials credentials;
    private String baseUrl;
    private String version;
    private String resolvedVersion;
    private AtomicReference<RateLimitInfo> lastRateLimit;

    /**
     * For the Intercom root, which builds its resource clients on the connection.
     *
     * @param product makes the client from the finished connection
     */
    public IntercomBuilder(Function<IntercomConnection, C> product) {
        this.product = Objects.requireNonNull(product, "product");
    }

    @Override
    protected IntercomBuilder<C> self() {
        return this;
    }

    /**
     * @param token the access token (workspace token or OAuth token)
     * @return this builder
     * @throws IllegalArgumentException if blank or containing control characters (never echoed)
     */
    public IntercomBuilder<C> accessToken(String token) {
        this.credentials = Credentials.bearer(token);
        return this;
    }

    /**
     * @param token asked before every attempt, for tokens the caller rotates
     * @return this builder
     */
    public IntercomBuilder<C> accessToken(Supplier<String> token) {
        this.credentials = Credentials.bearer(token);
        return this;
    }

    /**
     * @param region the workspace's region
     * @return this builder
     */
    public IntercomBuilder<C> region(IntercomRegion region) {
        this.baseUrl = Objects.requireNonNull(region, "region").baseUrl();
        return this;
    }

    /**
     * @param url a custom API root (a proxy, or a fake server in tests)
     * @return this builder
     */
    public IntercomBuilder<C> baseUrl(String url) {
        this.baseUrl = Objects.requireNonNull(url, "url");
        return this;
    }

    /**
     * @param version the {@code Intercom-Version} to send by default
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public IntercomBuilder<C> version(String version) {
        this.version = IntercomConnection.checkVersion(version);
        return this;
    }

    /**
     * @throws IllegalStateException if no access token was given (nor {@code INTERCOM_TOKEN} with {@link #fromEnv()})
     * @throws IllegalArgumentException if {@code INTERCOM_REGION} names no region
     */
    @Override
    protected ClientConfig.Builder defaults() {
        Credentials creds = credentials != null ? credentials
                : environment("INTERCOM_TOKEN").map(Credentials::bearer).orElseThrow(() -> new IllegalStateException(
                        "an Intercom access token is required: call accessToken(...) (or fromEnv() with INTERCOM_TOKEN)"));
        String root = baseUrl != null ? baseUrl : environment("INTERCOM_BASE_URL")
                .or(() -> environment("INTERCOM_REGION").map(r -> IntercomRegion.named(r, "INTERCOM_REGION").baseUrl()))
                .orElse(IntercomRegion.US.baseUrl());
        resolvedVersion = version != null ? version
                : environment("INTERCOM_VERSION").map(IntercomConnection::checkVersion).orElse(IntercomConnection.DEFAULT_VERSION);
        AtomicReference<RateLimitInfo> last = new AtomicReference<>();
        lastRateLimit = last;
        return ClientConfig.builder(root)
                .credentials(creds)
                .defaultHeader(IntercomConnection.VERSION_HEADER, resolvedVersion)
                .userAgentSuffix("intercom")
                .retryPolicy(RetryPolicy.builder().retryNonIdempotentOn429(true).build())
                .responseListener((method, url, status, headers) -> {
                    RateLimitInfo info = RateLimitInfo.from(headers);
                    if (info.isPresent()) {
                        last.set(info);
                    }
                });
    }

    @Override
    protected C create(ClientConfig config) {
        return product.apply(new IntercomConnection(Transport.create(config), resolvedVersion, lastRateLimit));
    }

    @Override
    public String toString() {
        return "IntercomBuilder[" + (baseUrl != null ? baseUrl : IntercomRegion.US.baseUrl()) + ", "
                + (credentials != null ? "access token set" : "no access token") + "]";
    }
}
