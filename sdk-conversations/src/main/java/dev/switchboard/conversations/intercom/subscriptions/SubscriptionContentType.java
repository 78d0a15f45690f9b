package dev.switchboard.conversations.intercom.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A message type a subscription type covers ({@code content_types}): {@code email} or {@code sms_message}. Open:
 * values this SDK does not know are kept as sent.
 */
public final class SubscriptionContentType extends OpenEnum {
    private static final OpenEnumValues<SubscriptionContentType> VALUES =
            new OpenEnumValues<>(SubscriptionContentType::new);
    /** {@code email}. */
    public static final SubscriptionContentType EMAIL = VALUES.known("email");
    /** {@code sms_message}. */
    public static final SubscriptionContentType SMS_MESSAGE = VALUES.known("sms_message");

    private SubscriptionContentType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static SubscriptionContentType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows */
    public static List<SubscriptionContentType> knownValues() {
        return VALUES.values();
    }
}
