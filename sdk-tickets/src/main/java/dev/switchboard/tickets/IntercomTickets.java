package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import java.util.Objects;

/**
 * The ticketing side of Intercom 2.14 on one {@link IntercomConnection}.
 *
 * <pre>{@code
 * try (IntercomConnection intercom = IntercomConnection.builder().accessToken(token).build()) {
 *     IntercomTickets ticketing = IntercomTickets.on(intercom);
 *     Job job = ticketing.tickets().enqueue(request);
 *     Job done = ticketing.jobs().awaitCompletion(job.id(), Duration.ofMinutes(1));
 *     Ticket ticket = ticketing.tickets().get(done.resourceId());
 * }
 * }</pre>
 *
 * @param tickets tickets: create, enqueue, get, update, delete, search, reply, tags
 * @param jobs asynchronous jobs
 * @param ticketTypes ticket types and attributes
 * @param ticketStates ticket states
 */
public record IntercomTickets(TicketsClient tickets, JobsClient jobs, TicketTypesClient ticketTypes, TicketStatesClient ticketStates) {

    /**
     * @param connection the Intercom connection (closed by its owner, not here)
     * @return the ticketing clients on it
     */
    public static IntercomTickets on(IntercomConnection connection) {
        Objects.requireNonNull(connection, "connection");
        return new IntercomTickets(new TicketsClient(connection), new JobsClient(connection), new TicketTypesClient(connection),
                new TicketStatesClient(connection));
    }
}
