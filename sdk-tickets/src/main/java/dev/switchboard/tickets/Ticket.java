package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.ContactList;
import dev.switchboard.conversations.intercom.LinkedObjectList;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket. {@link #id()} is the id to use in API calls; {@link #ticketId()} is the number shown in the Inbox. A
 * typed view over its JSON (see {@link JsonModel}): written back exactly as sent, explicit {@code null}s and unknown
 * fields included.
 */
public final class Ticket extends JsonModel {

    /** @param json the ticket as sent */
    public Ticket(JsonObject json) {
        super(json);
    }

    /** @return {@code ticket} */
    public String type() {
        return string("type");
    }

    /** @return the ticket's id for API calls */
    public String id() {
        return id("id");
    }

    /** @return the Inbox and Messenger number (do not use in API calls) */
    public String ticketId() {
        return id("ticket_id");
    }

    /** @return Customer, Back-office or Tracker (open) */
    public TicketCategory category() {
        return openEnum("category", TicketCategory::of);
    }

    /** @return attribute values keyed by name, JSON types kept; {@code null} when not sent */
    public Map<String, Object> ticketAttributes() {
        return rawObject("ticket_attributes");
    }

    /** @return the current state */
    public TicketState ticketState() {
        return object("ticket_state", TicketState::new);
    }

    /** @return the type */
    public TicketType ticketType() {
        return object("ticket_type", TicketType::new);
    }

    /** @return the contacts on the ticket */
    public ContactList contacts() {
        return object("contacts", ContactList::new);
    }

    /**
     * @return the assigned admin: a string on the wire in 2.14, an integer read as its digits (and written back as the
     *     integer it was); {@code "0"} for none
     */
    public String adminAssigneeId() {
        return id("admin_assignee_id");
    }

    /** @return the assigned team, likewise */
    public String teamAssigneeId() {
        return id("team_assignee_id");
    }

    /** @return when it was created */
    public Instant createdAt() {
        return instant("created_at");
    }

    /** @return when it was last updated */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /** @return whether it is open */
    public Boolean open() {
        return bool("open");
    }

    /** @return until when it is snoozed, or {@code null} (sent as JSON {@code null} when not snoozed) */
    public Instant snoozedUntil() {
        return instant("snoozed_until");
    }

    /** @return linked conversations and tickets (up to 1000) */
    public LinkedObjectList linkedObjects() {
        return object("linked_objects", LinkedObjectList::new);
    }

    /** @return the parts (up to 500) */
    public Parts ticketParts() {
        return object("ticket_parts", Parts::new);
    }

    /** @return whether it is shared with the customer */
    public Boolean isShared() {
        return bool("is_shared");
    }

    /** A ticket's parts ({@code ticket_part.list}); a typed view over its JSON. */
    public static final class Parts extends JsonModel {

        /** @param json the list as sent */
        public Parts(JsonObject json) {
            super(json);
        }

        /** @return {@code ticket_part.list} */
        public String type() {
            return string("type");
        }

        /** @return the parts; {@code null} when not sent */
        public List<TicketPart> ticketParts() {
            return list("ticket_parts", TicketPart::new);
        }

        /** @return how many there are */
        public Integer totalCount() {
            return integer("total_count");
        }
    }
}
