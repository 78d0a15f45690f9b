package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/** The category of a ticket state (and of a ticket part's state change). Open: values this SDK does not know are kept as sent. */
public final class TicketStateCategory extends OpenEnum {
    private static final OpenEnumValues<TicketStateCategory> VALUES = new OpenEnumValues<>(TicketStateCategory::new);
    /** {@code submitted} */
    public static final TicketStateCategory SUBMITTED = VALUES.known("submitted");
    /** {@code in_progress} */
    public static final TicketStateCategory IN_PROGRESS = VALUES.known("in_progress");
    /** {@code waiting_on_customer} */
    public static final TicketStateCategory WAITING_ON_CUSTOMER = VALUES.known("waiting_on_customer");
    /** {@code resolved} */
    public static final TicketStateCategory RESOLVED = VALUES.known("resolved");

    private TicketStateCategory(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     */
    @JsonCreator
    public static TicketStateCategory of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<TicketStateCategory> knownValues() {
        return VALUES.values();
    }
}
