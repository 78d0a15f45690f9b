package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/** A list of ticket states ({@code {"type": "list", "data": [...]}}); a typed view over its JSON. */
public final class TicketStateList extends JsonModel {

    /** @param json the list as sent */
    public TicketStateList(JsonObject json) {
        super(json);
    }

    /** @return {@code list} */
    public String type() {
        return string("type");
    }

    /** @return the ticket states; empty when none were sent */
    public List<TicketState> items() {
        return listOrEmpty("data", TicketState::new);
    }
}
