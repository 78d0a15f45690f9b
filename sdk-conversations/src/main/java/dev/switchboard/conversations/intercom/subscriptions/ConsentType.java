package dev.switchboard.conversations.intercom.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * How a subscription type asks for consent ({@code consent_type}): {@code opt_out} (contacts receive its messages until
 * they opt out) or {@code opt_in} (only contacts who opted in receive them). Open: values this SDK does not know are
 * kept as sent.
 */
public final class ConsentType extends OpenEnum {
    private static final OpenEnumValues<ConsentType> VALUES = new OpenEnumValues<>(ConsentType::new);
    /** {@code opt_out}: attaching a contact opts it out. */
    public static final ConsentType OPT_OUT = VALUES.known("opt_out");
    /** {@code opt_in}: attaching a contact opts it in. */
    public static final ConsentType OPT_IN = VALUES.known("opt_in");

    private ConsentType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ConsentType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<ConsentType> knownValues() {
        return VALUES.values();
    }
}
