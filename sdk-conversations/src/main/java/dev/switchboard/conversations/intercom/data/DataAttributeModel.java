package dev.switchboard.conversations.intercom.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The model a data attribute describes: {@code contact} (users and leads), {@code company} or {@code conversation}.
 * Attributes can be created for contacts and companies only. Open: values this SDK does not know are kept as sent.
 */
public final class DataAttributeModel extends OpenEnum {
    private static final OpenEnumValues<DataAttributeModel> VALUES = new OpenEnumValues<>(DataAttributeModel::new);
    /** {@code contact}: the attributes of users and leads. */
    public static final DataAttributeModel CONTACT = VALUES.known("contact");
    /** {@code company}: the attributes of companies. */
    public static final DataAttributeModel COMPANY = VALUES.known("company");
    /** {@code conversation}: the attributes of conversations (listed only; not created through the API). */
    public static final DataAttributeModel CONVERSATION = VALUES.known("conversation");

    private DataAttributeModel(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static DataAttributeModel of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<DataAttributeModel> knownValues() {
        return VALUES.values();
    }
}
