package dev.switchboard.conversations.intercom.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A data attribute's {@code data_type}. Attributes are listed as {@code string}, {@code integer}, {@code float},
 * {@code boolean} or {@code date}; a create also takes {@code datetime}, and {@code options} for a list attribute
 * (with at least two options). Open: values this SDK does not know are kept as sent.
 */
public final class DataAttributeType extends OpenEnum {
    private static final OpenEnumValues<DataAttributeType> VALUES = new OpenEnumValues<>(DataAttributeType::new);
    /** {@code string}. */
    public static final DataAttributeType STRING = VALUES.known("string");
    /** {@code integer}. */
    public static final DataAttributeType INTEGER = VALUES.known("integer");
    /** {@code float}. */
    public static final DataAttributeType FLOAT = VALUES.known("float");
    /** {@code boolean}. */
    public static final DataAttributeType BOOLEAN = VALUES.known("boolean");
    /** {@code date}. */
    public static final DataAttributeType DATE = VALUES.known("date");
    /** {@code datetime} (create only). */
    public static final DataAttributeType DATETIME = VALUES.known("datetime");
    /** {@code options}: a list attribute (create only; see {@link CreateDataAttributeRequest#list}). */
    public static final DataAttributeType OPTIONS = VALUES.known("options");

    private DataAttributeType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static DataAttributeType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<DataAttributeType> knownValues() {
        return VALUES.values();
    }
}
