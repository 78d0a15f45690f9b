package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/** A ticket type, with its attributes and states; a typed view over its JSON. */
public final class TicketType extends JsonModel {

    /** @param json the ticket type as sent */
    public TicketType(JsonObject json) {
        super(json);
    }

    /** @return {@code ticket_type} */
    public String type() {
        return string("type");
    }

    /** @return the type's id */
    public String id() {
        return id("id");
    }

    /** @return Customer, Back-office or Tracker (open) */
    public TicketCategory category() {
        return openEnum("category", TicketCategory::of);
    }

    /** @return the name */
    public String name() {
        return string("name");
    }

    /** @return the description */
    public String description() {
        return string("description");
    }

    /** @return the emoji icon */
    public String icon() {
        return string("icon");
    }

    /** @return the workspace */
    public String workspaceId() {
        return id("workspace_id");
    }

    /** @return the attributes, when sent */
    public AttributeList ticketTypeAttributes() {
        return object("ticket_type_attributes", AttributeList::new);
    }

    /** @return the states, when sent */
    public TicketStateList ticketStates() {
        return object("ticket_states", TicketStateList::new);
    }

    /** @return whether the type is archived */
    public Boolean archived() {
        return bool("archived");
    }

    /** @return whether the type is internal */
    public Boolean isInternal() {
        return bool("is_internal");
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
