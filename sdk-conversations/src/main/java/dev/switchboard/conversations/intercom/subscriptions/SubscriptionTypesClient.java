package dev.switchboard.conversations.intercom.subscriptions;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's subscription types ({@code GET /subscription_types}). Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * for (SubscriptionType t : new SubscriptionTypesClient(connection).list()) {
 *     System.out.println(t.defaultTranslation().name() + " " + t.consentType() + " " + t.contentTypes());
 * }
 * }</pre>
 *
 * <p><b>Paging.</b> The endpoint answers every subscription type at once ({@code {"type": "list", "data"}}), so the
 * list is a plain {@link List}.
 *
 * <p>Throws the SDK's unchecked exceptions: {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * other {@link dev.switchboard.core.ApiException}s with Intercom's error details, and
 * {@link dev.switchboard.core.TransportException} when no answer came.
 */
public final class SubscriptionTypesClient implements ResourceClient<SubscriptionTypesClient> {
    private static final ApiRequest LIST = ApiRequest.builder(HttpMethod.GET, "/subscription_types").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public SubscriptionTypesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private SubscriptionTypesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public SubscriptionTypesClient withOptions(RequestOptions options) {
        return new SubscriptionTypesClient(transport.withOptions(options));
    }

    /** @return every subscription type of the workspace ({@code GET /subscription_types}) */
    public List<SubscriptionType> list() {
        return data(transport.execute(LIST, SubscriptionTypeList.class));
    }

    /** @return completes with what {@link #list()} returns, or exceptionally with what it throws */
    public CompletableFuture<List<SubscriptionType>> listAsync() {
        return Futures.map(transport.executeAsync(LIST, SubscriptionTypeList.class), SubscriptionTypesClient::data);
    }

    private static List<SubscriptionType> data(SubscriptionTypeList list) {
        return list == null ? List.of() : list.data();
    }

    @Override
    public String toString() {
        return "SubscriptionTypesClient{" + transport.config().baseUrl() + "}";
    }
}
