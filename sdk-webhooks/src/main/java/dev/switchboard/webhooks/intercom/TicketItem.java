package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.tickets.Ticket;
import java.util.Objects;

/**
 * A ticket ({@code ticket.*} topics), as {@link Ticket} of sdk-tickets.
 *
 * @param ticket the ticket, decoded into the SDK's model
 * @param raw the item exactly as sent
 */
public record TicketItem(Ticket ticket, JsonNode raw) implements IntercomItem {

    /** Checks the components and keeps a private copy of the JSON. */
    public TicketItem {
        Objects.requireNonNull(ticket, "ticket");
        raw = Objects.requireNonNull(raw, "raw").deepCopy();
    }

    @Override
    public String type() {
        return "ticket";
    }

    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    @Override
    public Ticket model() {
        return ticket;
    }
}
