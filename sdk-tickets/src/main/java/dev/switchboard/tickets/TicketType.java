package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * A kind of ticket, with its attributes and states.
 *
 * @param type {@code ticket_type}
 * @param id the type's id
 * @param category Customer, Back-office or Tracker (open)
 * @param name the name
 * @param description the description
 * @param icon an emoji
 * @param workspaceId the workspace
 * @param ticketTypeAttributes its attributes
 * @param ticketStates the states tickets of this type can be in
 * @param archived whether it is archived
 * @param isInternal whether it is internal
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param extra fields this SDK does not know
 */
public record TicketType(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("category") TicketCategory category,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("icon") String icon,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("ticket_type_attributes") AttributeList ticketTypeAttributes,
        @JsonProperty("ticket_states") ObjectList<TicketState> ticketStates,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("is_internal") Boolean isInternal,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TicketType {
        extra = Extras.of(extra);
    }
}
