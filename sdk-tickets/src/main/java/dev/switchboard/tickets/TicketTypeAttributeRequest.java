package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * The body of {@code POST /ticket_types/{id}/attributes} (use {@link #create}) and
 * {@code PUT /ticket_types/{id}/attributes/{attribute_id}} (use {@link #update()}); unset fields are left out.
 *
 * @param name the name (required to create)
 * @param description the description (required to create)
 * @param dataType string, list, integer, decimal, boolean, datetime or files (create only)
 * @param requiredToCreate whether teammates must fill it in
 * @param requiredToCreateForContacts whether contacts must fill it in
 * @param visibleOnCreate whether shown when creating
 * @param visibleToContacts whether contacts see it
 * @param multiline multi-line text
 * @param listItems comma-separated list items (list attributes)
 * @param allowMultipleValues whether a list allows several values
 * @param archived whether archived (update only)
 */
public record TicketTypeAttributeRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("data_type") String dataType,
        @JsonProperty("required_to_create") Boolean requiredToCreate,
        @JsonProperty("required_to_create_for_contacts") Boolean requiredToCreateForContacts,
        @JsonProperty("visible_on_create") Boolean visibleOnCreate,
        @JsonProperty("visible_to_contacts") Boolean visibleToContacts,
        @JsonProperty("multiline") Boolean multiline,
        @JsonProperty("list_items") String listItems,
        @JsonProperty("allow_multiple_values") Boolean allowMultipleValues,
        @JsonProperty("archived") Boolean archived) {

    /** The data types Intercom accepts. */
    public static final Set<String> DATA_TYPES = Set.of("string", "list", "integer", "decimal", "boolean", "datetime", "files");

    /**
     * @param name the attribute's name
     * @param description its description
     * @param dataType one of {@link #DATA_TYPES}
     * @return a creation request
     * @throws IllegalArgumentException if a required value is blank or the data type is unknown
     */
    public static TicketTypeAttributeRequest create(String name, String description, String dataType) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        if (!DATA_TYPES.contains(dataType)) {
            throw new IllegalArgumentException("dataType must be one of " + DATA_TYPES + ", was " + dataType);
        }
        return new TicketTypeAttributeRequest(name, description, dataType, null, null, null, null, null, null, null, null);
    }

    /** @return an update that changes nothing yet */
    public static TicketTypeAttributeRequest update() {
        return new TicketTypeAttributeRequest(null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * @param teammates whether teammates must fill it in
     * @param contacts whether contacts must fill it in
     * @return a copy with these requirements
     */
    public TicketTypeAttributeRequest required(boolean teammates, boolean contacts) {
        return new TicketTypeAttributeRequest(name, description, dataType, teammates, contacts, visibleOnCreate, visibleToContacts,
                multiline, listItems, allowMultipleValues, archived);
    }

    /**
     * @param onCreate whether shown when creating
     * @param toContacts whether contacts see it
     * @return a copy with this visibility
     */
    public TicketTypeAttributeRequest visible(boolean onCreate, boolean toContacts) {
        return new TicketTypeAttributeRequest(name, description, dataType, requiredToCreate, requiredToCreateForContacts, onCreate,
                toContacts, multiline, listItems, allowMultipleValues, archived);
    }

    /**
     * @param items comma-separated list items
     * @param multiple whether several may be chosen
     * @return a copy with these list settings
     */
    public TicketTypeAttributeRequest listItems(String items, boolean multiple) {
        return new TicketTypeAttributeRequest(name, description, dataType, requiredToCreate, requiredToCreateForContacts, visibleOnCreate,
                visibleToContacts, multiline, items, multiple, archived);
    }

    /**
     * @param value multi-line text
     * @return a copy with this flag
     */
    public TicketTypeAttributeRequest multiline(boolean value) {
        return new TicketTypeAttributeRequest(name, description, dataType, requiredToCreate, requiredToCreateForContacts, visibleOnCreate,
                visibleToContacts, value, listItems, allowMultipleValues, archived);
    }

    /**
     * @param value whether archived
     * @return a copy with this flag
     */
    public TicketTypeAttributeRequest archived(boolean value) {
        return new TicketTypeAttributeRequest(name, description, dataType, requiredToCreate, requiredToCreateForContacts, visibleOnCreate,
                visibleToContacts, multiline, listItems, allowMultipleValues, value);
    }
}
