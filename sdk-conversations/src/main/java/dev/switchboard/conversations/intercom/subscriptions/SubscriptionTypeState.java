package dev.switchboard.conversations.intercom.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A subscription type's {@code state}: {@code live}, {@code draft} or {@code archived}. Open: values this SDK does
 * not know are kept as sent.
 */
public final class SubscriptionTypeState extends OpenEnum {
    private static final OpenEnumValues<SubscriptionTypeState> VALUES = new OpenEnumValues<>(SubscriptionTypeState::new);
    /** {@code live}. */
    public static final SubscriptionTypeState LIVE = VALUES.known("live");
    /** {@code draft}. */
    public static final SubscriptionTypeState DRAFT = VALUES.known("draft");
    /** {@code archived}. */
    public static final SubscriptionTypeState ARCHIVED = VALUES.known("archived");

    private SubscriptionTypeState(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static SubscriptionTypeState of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<SubscriptionTypeState> knownValues() {
        return VALUES.values();
    }
}
