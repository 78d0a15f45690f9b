package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The attributes of a ticket type. The schema calls the array {@code ticket_type_attributes} (type
 * {@code ticket_type_attributes.list}); responses have been seen with {@code data} (type {@code list}). Both are read
 * and each is written back as it came.
 *
 * @param type the list type
 * @param ticketTypeAttributes the attributes, schema form
 * @param data the attributes, response form
 * @param extra fields this SDK does not know
 */
public record AttributeList(
        @JsonProperty("type") String type,
        @JsonProperty("ticket_type_attributes") List<TicketTypeAttribute> ticketTypeAttributes,
        @JsonProperty("data") List<TicketTypeAttribute> data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public AttributeList {
        extra = Extras.of(extra);
    }

    /** @return the attributes, whichever key carried them */
    public List<TicketTypeAttribute> attributes() {
        return ticketTypeAttributes != null ? ticketTypeAttributes : data != null ? data : List.of();
    }
}
