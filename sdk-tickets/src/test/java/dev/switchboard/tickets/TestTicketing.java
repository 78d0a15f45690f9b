package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;

/** The four sdk-tickets clients on one test connection, as the {@code Intercom} root builds them. */
public record TestTicketing(TicketsClient tickets, JobsClient jobs, TicketTypesClient ticketTypes,
        TicketStatesClient ticketStates) {

    /** @return the clients on {@code connection} */
    public static TestTicketing on(IntercomConnection connection) {
        return new TestTicketing(new TicketsClient(connection), new JobsClient(connection),
                new TicketTypesClient(connection), new TicketStatesClient(connection));
    }
}
