package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * The ticket a conversation became ({@code POST /conversations/{id}/convert} answers a {@code ticket}). This module sits
 * below sdk-tickets, so this is a small view of the ticket's identity and state; the whole ticket, with its type, state,
 * parts and linked objects, is in {@link #json()}, and sdk-tickets reads it completely:
 * {@code new dev.switchboard.tickets.Ticket(converted.json())}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConvertedTicket extends JsonModel {

    /** @param json the object as sent */
    public ConvertedTicket(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code ticket}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the ticket's id, the one API calls take (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the ticket's number in the inbox (not for API calls), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String ticketId() {
        return id("ticket_id");
    }

    /**
     * @return {@code Customer}, {@code Back-office} or {@code Tracker} as sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String category() {
        return string("category");
    }

    /**
     * @return the ticket's attributes with their JSON types (read-only), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> ticketAttributes() {
        return rawObject("ticket_attributes");
    }

    /**
     * @return whether the ticket is open, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean open() {
        return bool("open");
    }

    /**
     * @return when the ticket was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }
}
