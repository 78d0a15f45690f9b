package dev.switchboard.tickets;

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

/** Intercom ticket states ({@code GET /ticket_states}, not paginated), each with the ticket types using it. */
public final class TicketStatesClient implements ResourceClient<TicketStatesClient> {
    private static final ApiRequest LIST = ApiRequest.builder(HttpMethod.GET, "/ticket_states").build();

    private final Transport transport;

    /** @param connection the Intercom connection */
    public TicketStatesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private TicketStatesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public TicketStatesClient withOptions(RequestOptions options) {
        return new TicketStatesClient(transport.withOptions(options));
    }

    /** @return every ticket state */
    public List<TicketState> list() {
        return transport.execute(LIST, TicketStateList.class).items();
    }

    /**
     * As {@link #list()}, without blocking a thread.
     *
     * @return completes with what {@link #list()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<TicketState>> listAsync() {
        return Futures.map(transport.executeAsync(LIST, TicketStateList.class), TicketStateList::items);
    }

}
