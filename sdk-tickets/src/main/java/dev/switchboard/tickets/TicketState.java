package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/** A ticket state: its category and the labels teammates and customers see; a typed view over its JSON. */
public final class TicketState extends JsonModel {

    /** @param json the state as sent */
    public TicketState(JsonObject json) {
        super(json);
    }

    /** @return {@code ticket_state} */
    public String type() {
        return string("type");
    }

    /** @return the state's id */
    public String id() {
        return id("id");
    }

    /** @return submitted, in_progress, waiting_on_customer or resolved (open) */
    public TicketStateCategory category() {
        return openEnum("category", TicketStateCategory::of);
    }

    /** @return the label teammates see */
    public String internalLabel() {
        return string("internal_label");
    }

    /** @return the label customers see */
    public String externalLabel() {
        return string("external_label");
    }

    /** @return whether the state is archived */
    public Boolean archived() {
        return bool("archived");
    }

    /** @return the ticket types that use the state, when listed with it */
    public TicketTypeList ticketTypes() {
        return object("ticket_types", TicketTypeList::new);
    }
}
