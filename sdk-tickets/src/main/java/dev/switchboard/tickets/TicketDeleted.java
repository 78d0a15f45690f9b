package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The answer to deleting a ticket.
 *
 * @param id the deleted ticket's id
 * @param object {@code ticket}
 * @param deleted whether it was deleted
 * @param extra fields this SDK does not know
 */
public record TicketDeleted(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("deleted") Boolean deleted,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TicketDeleted {
        extra = Extras.of(extra);
    }
}
