package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/{id}/convert} ({@code convert_conversation_to_ticket_request}): the ticket
 * type to convert to and, optionally, the ticket's attributes. Attribute values keep their JSON types: a
 * {@code String}, {@code Number}, {@code Boolean}, {@code List} or {@code null} is sent as that JSON type, never as
 * text. The default title and description are {@code _default_title_} and {@code _default_description_}; a list
 * attribute takes the id of its list item.
 *
 * <pre>{@code
 * ConvertToTicketRequest r = ConvertToTicketRequest.of("53")
 *         .attribute("_default_title_", "Printer on fire")
 *         .attribute("priority_score", 3);
 * }</pre>
 */
public final class ConvertToTicketRequest {
    private final String ticketTypeId;
    private final Map<String, Object> attributes;

    private ConvertToTicketRequest(String ticketTypeId, Map<String, Object> attributes) {
        this.ticketTypeId = ticketTypeId;
        this.attributes = attributes;
    }

    /**
     * @param ticketTypeId the ticket type (a customer ticket type; others are refused with {@code parameter_invalid})
     * @return a request without attributes
     * @throws IllegalArgumentException if it is blank
     */
    public static ConvertToTicketRequest of(String ticketTypeId) {
        return new ConvertToTicketRequest(Checks.notBlank(ticketTypeId, "ticketTypeId"), null);
    }

    /**
     * @param name an attribute's name
     * @param value a string, number, boolean, list or {@code null}
     * @return a copy with the attribute set
     * @throws IllegalArgumentException if the name is blank or the value is of another kind
     */
    public ConvertToTicketRequest attribute(String name, Object value) {
        Checks.notBlank(name, "attribute name");
        if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.util.List)) {
            throw new IllegalArgumentException("attribute " + name + " must be a string, number, boolean, list or null, was "
                    + value.getClass().getSimpleName());
        }
        Map<String, Object> copy = attributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attributes);
        copy.put(name, value);
        return new ConvertToTicketRequest(ticketTypeId, Collections.unmodifiableMap(copy));
    }

    /**
     * @param values attributes to set, as {@link #attribute(String, Object)} takes them
     * @return a copy with them set
     */
    public ConvertToTicketRequest attributes(Map<String, ?> values) {
        ConvertToTicketRequest r = this;
        for (Map.Entry<String, ?> e : Objects.requireNonNull(values, "attributes").entrySet()) {
            r = r.attribute(e.getKey(), e.getValue());
        }
        return r;
    }

    /** @return the ticket type's id */
    public String ticketTypeId() {
        return ticketTypeId;
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ticket_type_id", ticketTypeId);
        if (attributes != null) {
            json.put("attributes", attributes);
        }
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "ConvertToTicketRequest{ticket type " + ticketTypeId
                + (attributes == null ? "" : ", attributes " + attributes.keySet()) + "}";
    }
}
