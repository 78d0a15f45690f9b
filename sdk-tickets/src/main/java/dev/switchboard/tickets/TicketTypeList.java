package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/** A list of ticket types ({@code {"type": "list", "data": [...]}}); a typed view over its JSON. */
public final class TicketTypeList extends JsonModel {

    /** @param json the list as sent */
    public TicketTypeList(JsonObject json) {
        super(json);
    }

    /** @return {@code list} */
    public String type() {
        return string("type");
    }

    /** @return the ticket types; empty when none were sent */
    public List<TicketType> items() {
        return listOrEmpty("data", TicketType::new);
    }
}
