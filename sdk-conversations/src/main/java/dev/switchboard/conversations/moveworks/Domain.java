package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of a Moveworks domain, as in a conversation's {@code primary_domain} and in {@code domain} keys of details.
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class Domain extends OpenEnum {
    private static final OpenEnumValues<Domain> VALUES = new OpenEnumValues<>(Domain::new);

    /** Information technology. */
    public static final Domain IT = VALUES.known("IT");

    /** Human resources. */
    public static final Domain HR = VALUES.known("HR");

    /** Anything else. */
    public static final Domain OTHER = VALUES.known("OTHER");

    /** Travel and expense. */
    public static final Domain TRAVEL_AND_EXPENSE = VALUES.known("TRAVEL_AND_EXPENSE");

    /** Legal. */
    public static final Domain LEGAL = VALUES.known("LEGAL");

    /** Payroll. */
    public static final Domain PAYROLL = VALUES.known("PAYROLL");

    /** Facilities. */
    public static final Domain FACILITY = VALUES.known("FACILITY");

    /** Finance. */
    public static final Domain FINANCE = VALUES.known("FINANCE");

    /** Not classified (seen on approvals). */
    public static final Domain UNKNOWN = VALUES.known("UNKNOWN");

    private Domain(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static Domain of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<Domain> values() {
        return VALUES.values();
    }
}
