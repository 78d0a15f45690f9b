package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/** The category of a ticket or ticket type. Open: values this SDK does not know are kept as sent. */
public final class TicketCategory extends OpenEnum {
    private static final OpenEnumValues<TicketCategory> VALUES = new OpenEnumValues<>(TicketCategory::new);
    /** {@code Customer} */
    public static final TicketCategory CUSTOMER = VALUES.known("Customer");
    /** {@code Back-office} */
    public static final TicketCategory BACK_OFFICE = VALUES.known("Back-office");
    /** {@code Tracker} */
    public static final TicketCategory TRACKER = VALUES.known("Tracker");

    private TicketCategory(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     */
    @JsonCreator
    public static TicketCategory of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<TicketCategory> knownValues() {
        return VALUES.values();
    }
}
