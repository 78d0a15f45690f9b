package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import java.util.List;
import java.util.Objects;

/** Intercom ticket states ({@code GET /ticket_states}, not paginated), each with the ticket types using it. */
public final class TicketStatesClient {
    private final Transport transport;

    /** @param connection the Intercom connection */
    public TicketStatesClient(IntercomConnection connection) {
        this.transport = Objects.requireNonNull(connection, "connection").transport();
    }

    /** @return every ticket state */
    public List<TicketState> list() {
        return list(RequestOptions.none());
    }

    /**
     * @param options per-request options
     * @return every ticket state
     */
    public List<TicketState> list(RequestOptions options) {
        TicketStateList list = transport.execute(ApiRequest.builder(HttpMethod.GET, "/ticket_states").options(options).build(), TicketStateList.class);
        return list.items();
    }
}
