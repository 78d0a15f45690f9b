package dev.switchboard.conversations.intercom.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A subscription type's {@code consent_type}: {@code opt_out} (customers receive it unless they opt out) or {@code
 * opt_in} (only once they opt in). Open: values this SDK does not know are kept as sent.
 */
public final class SubscriptionConsentType extends OpenEnum {
    private static final OpenEnumValues<SubscriptionConsentType> VALUES =
            new OpenEnumValues<>(SubscriptionConsentType::new);
    /** {@code opt_out}. */
    public static final SubscriptionConsentType OPT_OUT = VALUES.known("opt_out");
    /** {@code opt_in}. */
    public static final SubscriptionConsentType OPT_IN = VALUES.known("opt_in");

    private SubscriptionConsentType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static SubscriptionConsentType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<SubscriptionConsentType> knownValues() {
        return VALUES.values();
    }
}
