package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A state a ticket can be in ({@code ticket_state}, and {@code ticket_state_detailed} in the states list, which adds
 * {@code archived} and the ticket types using it).
 *
 * @param type {@code ticket_state}
 * @param id the state's id
 * @param category submitted, in_progress, waiting_on_customer or resolved (open)
 * @param internalLabel the label teammates see
 * @param externalLabel the label customers see
 * @param archived whether the state is archived (detailed form only)
 * @param ticketTypes the ticket types that use the state (detailed form only)
 * @param extra fields this SDK does not know
 */
public record TicketState(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("category") TicketStateCategory category,
        @JsonProperty("internal_label") String internalLabel,
        @JsonProperty("external_label") String externalLabel,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("ticket_types") ObjectList<TicketType> ticketTypes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TicketState {
        extra = Extras.of(extra);
    }
}
