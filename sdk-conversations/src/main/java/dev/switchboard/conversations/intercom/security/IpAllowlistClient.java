package dev.switchboard.conversations.intercom.security;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's IP allowlist: read and replace the workspace's allowed addresses and ranges, and turn enforcement on or
 * off. Immutable and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * IpAllowlistClient allowlist = new IpAllowlistClient(connection);
 * IpAllowlist now = allowlist.get();
 * allowlist.update(IpAllowlistUpdate.of(true, List.of("192.168.1.0/24", "203.0.113.7")));
 * }</pre>
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.ValidationException} when the
 * update would lock out the caller's address ({@code 422 parameter_invalid}),
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, {@link dev.switchboard.core.TransportException}
 * when no answer came, and {@link IllegalArgumentException} for entries rejected before anything is sent.
 */
public final class IpAllowlistClient implements ResourceClient<IpAllowlistClient> {
    private static final ApiRequest GET = ApiRequest.builder(HttpMethod.GET, "/ip_allowlist").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public IpAllowlistClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private IpAllowlistClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public IpAllowlistClient withOptions(RequestOptions options) {
        return new IpAllowlistClient(transport.withOptions(options));
    }

    /** @return the current settings ({@code GET /ip_allowlist}) */
    public IpAllowlist get() {
        return transport.execute(GET, IpAllowlist.class);
    }

    /** @return completes with what {@link #get()} returns, or exceptionally with what it throws */
    public CompletableFuture<IpAllowlist> getAsync() {
        return transport.executeAsync(GET, IpAllowlist.class);
    }

    /**
     * Replaces the settings ({@code PUT /ip_allowlist}).
     *
     * @param update the flag and the list
     * @return the settings now
     * @throws dev.switchboard.core.ValidationException if it would lock out the caller's address
     */
    public IpAllowlist update(IpAllowlistUpdate update) {
        return transport.execute(updateRequest(update), IpAllowlist.class);
    }

    /**
     * @param update the flag and the list
     * @return completes with what {@link #update} returns, or exceptionally with what it throws
     */
    public CompletableFuture<IpAllowlist> updateAsync(IpAllowlistUpdate update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(update), IpAllowlist.class));
    }

    private static ApiRequest updateRequest(IpAllowlistUpdate update) {
        Objects.requireNonNull(update, "update");
        return ApiRequest.builder(HttpMethod.PUT, "/ip_allowlist").jsonBody(update.toJson()).build();
    }

    @Override
    public String toString() {
        return "IpAllowlistClient{" + transport.config().baseUrl() + "}";
    }
}
