package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.conversations.intercom.ContactList;
import dev.switchboard.conversations.intercom.LinkedObjectList;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket. {@link #id()} is the id to use in API calls; {@link #ticketId()} is the number shown in the Inbox.
 *
 * @param type {@code ticket}
 * @param id the ticket's id for API calls
 * @param ticketId the Inbox and Messenger number (do not use in API calls)
 * @param category Customer, Back-office or Tracker (open)
 * @param ticketAttributes attribute values keyed by name, JSON types kept
 * @param ticketState the current state
 * @param ticketType the type
 * @param contacts the contacts on the ticket
 * @param adminAssigneeId the assigned admin (a string on the wire in 2.14; numbers are read too), {@code "0"} for none
 * @param teamAssigneeId the assigned team, likewise
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param open whether it is open
 * @param snoozedUntil until when it is snoozed, or {@code null}
 * @param linkedObjects linked conversations and tickets (up to 1000)
 * @param ticketParts the parts (up to 500)
 * @param isShared whether it is shared with the customer
 * @param extra fields this SDK does not know
 */
public record Ticket(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("ticket_id") String ticketId,
        @JsonProperty("category") TicketCategory category,
        @JsonProperty("ticket_attributes") Map<String, Object> ticketAttributes,
        @JsonProperty("ticket_state") TicketState ticketState,
        @JsonProperty("ticket_type") TicketType ticketType,
        @JsonProperty("contacts") ContactList contacts,
        @JsonProperty("admin_assignee_id") String adminAssigneeId,
        @JsonProperty("team_assignee_id") String teamAssigneeId,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("open") Boolean open,
        @JsonProperty("snoozed_until") @JsonSerialize(using = EpochSecondsSerializer.class) Instant snoozedUntil,
        @JsonProperty("linked_objects") LinkedObjectList linkedObjects,
        @JsonProperty("ticket_parts") Parts ticketParts,
        @JsonProperty("is_shared") Boolean isShared,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Ticket {
        extra = Extras.of(extra);
    }

    /**
     * A ticket's parts.
     *
     * @param type {@code ticket_part.list}
     * @param ticketParts the parts
     * @param totalCount how many there are
     * @param extra fields this SDK does not know
     */
    public record Parts(
            @JsonProperty("type") String type,
            @JsonProperty("ticket_parts") List<TicketPart> ticketParts,
            @JsonProperty("total_count") Integer totalCount,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Parts {
            extra = Extras.of(extra);
        }
    }
}
