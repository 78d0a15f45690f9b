package dev.switchboard.conversations.intercom.segments;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * Who a segment holds: {@code contact} (leads) or {@code user}. Open: values this SDK does not know are kept as sent.
 */
public final class PersonType extends OpenEnum {
    private static final OpenEnumValues<PersonType> VALUES = new OpenEnumValues<>(PersonType::new);
    /** {@code contact}: leads. */
    public static final PersonType CONTACT = VALUES.known("contact");
    /** {@code user}: users. */
    public static final PersonType USER = VALUES.known("user");

    private PersonType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static PersonType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<PersonType> knownValues() {
        return VALUES.values();
    }
}
