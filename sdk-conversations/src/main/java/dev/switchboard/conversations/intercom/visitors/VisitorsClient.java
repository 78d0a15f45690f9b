package dev.switchboard.conversations.intercom.visitors;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's visitors: fetch one by its {@code user_id}, update it, convert it into a user or a lead. Immutable and
 * thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * VisitorsClient visitors = new VisitorsClient(connection);
 * Visitor v = visitors.getByUserId("3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3");
 * visitors.update(VisitorUpdate.byId(v.id()).name("Gareth Bale").build());
 * ConvertedContact user = visitors.convert(VisitorConversion.toUser("user_id", v.userId()).userEmail("foo@bar.com").build());
 * }</pre>
 *
 * <p>The visitor of an update is named in the body ({@code PUT /visitors} has no id in its path); the one of a
 * read in the query ({@code ?user_id=}).
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * visitor ({@code Visitor Not Found}), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class VisitorsClient implements ResourceClient<VisitorsClient> {
    private final Transport transport;

    /** @param connection the connection to send through */
    public VisitorsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private VisitorsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public VisitorsClient withOptions(RequestOptions options) {
        return new VisitorsClient(transport.withOptions(options));
    }

    /**
     * @param userId the visitor's {@code user_id} ({@code GET /visitors?user_id=})
     * @return the visitor
     * @throws dev.switchboard.core.NotFoundException if there is no such visitor
     * @throws IllegalArgumentException if it is blank
     */
    public Visitor getByUserId(String userId) {
        return transport.execute(getRequest(userId), Visitor.class);
    }

    /**
     * @param userId the visitor's {@code user_id}
     * @return completes with what {@link #getByUserId} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Visitor> getByUserIdAsync(String userId) {
        return Futures.start(() -> transport.executeAsync(getRequest(userId), Visitor.class));
    }

    private static ApiRequest getRequest(String userId) {
        return ApiRequest.builder(HttpMethod.GET, "/visitors").query("user_id", Checks.notBlank(userId, "userId")).build();
    }

    /**
     * Updates a visitor ({@code PUT /visitors}).
     *
     * @param update the visitor and what to change
     * @return the visitor
     * @throws dev.switchboard.core.NotFoundException if there is no such visitor
     */
    public Visitor update(VisitorUpdate update) {
        return transport.execute(updateRequest(update), Visitor.class);
    }

    /**
     * @param update the visitor and what to change
     * @return completes with what {@link #update} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Visitor> updateAsync(VisitorUpdate update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(update), Visitor.class));
    }

    private static ApiRequest updateRequest(VisitorUpdate update) {
        Objects.requireNonNull(update, "update");
        return ApiRequest.builder(HttpMethod.PUT, "/visitors").jsonBody(update.toJson()).build();
    }

    /**
     * Converts a visitor into a user or a lead ({@code POST /visitors/convert}); sent once, never retried (the visitor
     * is gone after a merge).
     *
     * @param conversion the visitor, the role and the identifiers to keep
     * @return the contact
     * @throws dev.switchboard.core.NotFoundException if there is no such visitor
     */
    public ConvertedContact convert(VisitorConversion conversion) {
        return transport.execute(convertRequest(conversion), ConvertedContact.class);
    }

    /**
     * @param conversion the visitor, the role and the identifiers to keep
     * @return completes with what {@link #convert} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ConvertedContact> convertAsync(VisitorConversion conversion) {
        return Futures.start(() -> transport.executeAsync(convertRequest(conversion), ConvertedContact.class));
    }

    private static ApiRequest convertRequest(VisitorConversion conversion) {
        Objects.requireNonNull(conversion, "conversion");
        return ApiRequest.builder(HttpMethod.POST, "/visitors/convert").jsonBody(conversion.toJson()).build();
    }

    @Override
    public String toString() {
        return "VisitorsClient{" + transport.config().baseUrl() + "}";
    }
}
