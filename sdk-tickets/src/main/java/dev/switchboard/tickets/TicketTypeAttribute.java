package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/** An attribute of a ticket type; a typed view over its JSON. */
public final class TicketTypeAttribute extends JsonModel {

    /** @param json the attribute as sent */
    public TicketTypeAttribute(JsonObject json) {
        super(json);
    }

    /** @return {@code ticket_type_attribute} */
    public String type() {
        return string("type");
    }

    /** @return the attribute's id */
    public String id() {
        return id("id");
    }

    /** @return the workspace */
    public String workspaceId() {
        return id("workspace_id");
    }

    /** @return the name */
    public String name() {
        return string("name");
    }

    /** @return the description */
    public String description() {
        return string("description");
    }

    /** @return string, list, integer, decimal, boolean, datetime, files */
    public String dataType() {
        return string("data_type");
    }

    /** @return the input options (for example {@code multiline}, list options) as sent, or {@code null} */
    public Map<String, Object> inputOptions() {
        return rawObject("input_options");
    }

    /** @return the input options, or an empty map when not sent or {@code null} */
    public Map<String, Object> options() {
        Map<String, Object> o = inputOptions();
        return o == null ? Map.of() : o;
    }

    /** @return the attribute's position */
    public Integer order() {
        return integer("order");
    }

    /** @return whether teammates must fill it in */
    public Boolean requiredToCreate() {
        return bool("required_to_create");
    }

    /** @return whether contacts must fill it in */
    public Boolean requiredToCreateForContacts() {
        return bool("required_to_create_for_contacts");
    }

    /** @return whether it is shown when creating a ticket */
    public Boolean visibleOnCreate() {
        return bool("visible_on_create");
    }

    /** @return whether contacts see it */
    public Boolean visibleToContacts() {
        return bool("visible_to_contacts");
    }

    /** @return whether it is one of Intercom's default attributes */
    public Boolean isDefault() {
        return bool("default");
    }

    /** @return the ticket type it belongs to */
    public Long ticketTypeId() {
        return longNumber("ticket_type_id");
    }

    /** @return whether it is archived */
    public Boolean archived() {
        return bool("archived");
    }

    /** @return when it was created */
    public Instant createdAt() {
        return instant("created_at");
    }

    /** @return when it was last updated */
    public Instant updatedAt() {
        return instant("updated_at");
    }
}
