package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * Identifies the contact a ticket is created for: by Intercom id, by your external id, or by email (a contact with
 * an unknown email is created).
 *
 * @param key {@code id}, {@code external_id} or {@code email}
 * @param value the identifier
 */
public record TicketContact(String key, String value) {

    /** Checks the components. */
    public TicketContact {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank");
        }
    }

    /**
     * @param id the contact's Intercom id
     * @return the contact
     */
    public static TicketContact byId(String id) {
        return new TicketContact("id", id);
    }

    /**
     * @param externalId the contact's id in your system
     * @return the contact
     */
    public static TicketContact byExternalId(String externalId) {
        return new TicketContact("external_id", externalId);
    }

    /**
     * @param email the contact's email
     * @return the contact
     */
    public static TicketContact byEmail(String email) {
        return new TicketContact("email", email);
    }

    /** @return {@code {"<key>": "<value>"}} */
    @JsonValue
    public Map<String, String> toJson() {
        return Map.of(key, value);
    }
}
