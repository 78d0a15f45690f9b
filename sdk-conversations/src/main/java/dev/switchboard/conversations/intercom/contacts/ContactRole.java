package dev.switchboard.conversations.intercom.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A contact's role: {@code user} (someone who signed up, identified by your {@code external_id} or email) or
 * {@code lead} (an anonymous or not yet identified visitor). Open: values this SDK does not know are kept as sent.
 */
public final class ContactRole extends OpenEnum {
    private static final OpenEnumValues<ContactRole> VALUES = new OpenEnumValues<>(ContactRole::new);
    /** {@code user}: a signed-up contact. */
    public static final ContactRole USER = VALUES.known("user");
    /** {@code lead}: a contact that has not signed up; only a lead can be merged into a user. */
    public static final ContactRole LEAD = VALUES.known("lead");

    private ContactRole(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ContactRole of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<ContactRole> knownValues() {
        return VALUES.values();
    }
}
