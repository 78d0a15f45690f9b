package dev.switchboard.conversations.intercom;

import dev.switchboard.core.http.RateLimitInfo;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.spi.Transport;
import java.util.concurrent.atomic.AtomicReference;

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
 * try (Intercom intercom = Intercom.builder().fromEnv().region(IntercomRegion.EU).build()) {
 *     ...   // intercom.connection() is this
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

    IntercomConnection(Transport transport, String version, AtomicReference<RateLimitInfo> lastRateLimit) {
        this.transport = transport;
        this.version = version;
        this.lastRateLimit = lastRateLimit;
    }

    /**
     * For the SDK's own modules and tests; users build {@code Intercom.builder()}.
     *
     * @return a builder of a bare connection; an access token is required
     */
    public static IntercomBuilder<IntercomConnection> builder() {
        return new IntercomBuilder<>(c -> c);
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

    static String checkVersion(String version) {
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
        return info != null ? info : RateLimitInfo.from(dev.switchboard.core.spi.Headers.empty());
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
}
