package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.tickets.Ticket;
import java.util.Objects;

/**
 * A ticket ({@code ticket.*} topics), as {@link Ticket} of sdk-tickets.
 *
 * @param ticket the ticket: a view over the item's JSON
 */
public record TicketItem(Ticket ticket) implements IntercomItem {

    /** Checks the component. */
    public TicketItem {
        Objects.requireNonNull(ticket, "ticket");
    }

    @Override
    public String type() {
        return "ticket";
    }

    @Override
    public JsonObject raw() {
        return ticket.json();
    }

    @Override
    public Ticket model() {
        return ticket;
    }
}
