package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/** The answer to deleting a ticket; a typed view over its JSON. */
public final class TicketDeleted extends JsonModel {

    /** @param json the answer as sent */
    public TicketDeleted(JsonObject json) {
        super(json);
    }

    /** @return the deleted ticket's id */
    public String id() {
        return id("id");
    }

    /** @return {@code ticket} */
    public String object() {
        return string("object");
    }

    /** @return whether it was deleted */
    public Boolean deleted() {
        return bool("deleted");
    }
}
