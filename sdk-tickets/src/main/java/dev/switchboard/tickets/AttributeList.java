package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The attributes of a ticket type: Intercom sends them under {@code ticket_type_attributes} in a ticket type and
 * under {@code data} when listed; a typed view over the JSON.
 */
public final class AttributeList extends JsonModel {

    /** @param json the list as sent */
    public AttributeList(JsonObject json) {
        super(json);
    }

    /** @return {@code ticket_type_attributes.list} */
    public String type() {
        return string("type");
    }

    /** @return the attributes under {@code ticket_type_attributes}, or {@code null} when absent */
    public List<TicketTypeAttribute> ticketTypeAttributes() {
        return list("ticket_type_attributes", TicketTypeAttribute::new);
    }

    /** @return the attributes under {@code data}, or {@code null} when absent */
    public List<TicketTypeAttribute> data() {
        return list("data", TicketTypeAttribute::new);
    }

    /** @return the attributes from whichever key carries them; empty when none */
    public List<TicketTypeAttribute> attributes() {
        List<TicketTypeAttribute> a = ticketTypeAttributes();
        if (a != null) {
            return a;
        }
        return listOrEmpty("data", TicketTypeAttribute::new);
    }
}
