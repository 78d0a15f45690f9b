package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * Where a {@link NotificationEvent} is delivered, and the type of a {@link NotificationMessage}.
 *
 * <p>An open enum: the constants are the values of spec v3.14.0 (the spec lists no {@code ""}; {@link #EMPTY} is
 * declared anyway so an empty value decodes to a constant like every other Suger enum). Any other value the server
 * sends decodes to an instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class NotificationChannel extends OpenEnum {
    private static final OpenEnumValues<NotificationChannel> VALUES = new OpenEnumValues<>(NotificationChannel::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final NotificationChannel EMPTY = VALUES.known("");
    /** {@code EMAIL}. */
    public static final NotificationChannel EMAIL = VALUES.known("EMAIL");
    /** {@code SLACK}. */
    public static final NotificationChannel SLACK = VALUES.known("SLACK");
    /** {@code SMS}. */
    public static final NotificationChannel SMS = VALUES.known("SMS");
    /** {@code SNS}: Amazon SNS. */
    public static final NotificationChannel SNS = VALUES.known("SNS");
    /** {@code SALESFORCE}. */
    public static final NotificationChannel SALESFORCE = VALUES.known("SALESFORCE");
    /** {@code WEBHOOK}. */
    public static final NotificationChannel WEBHOOK = VALUES.known("WEBHOOK");
    /** {@code SUGER_SUPPORT}. */
    public static final NotificationChannel SUGER_SUPPORT = VALUES.known("SUGER_SUPPORT");
    /** {@code MICROSOFT_TEAMS}. */
    public static final NotificationChannel MICROSOFT_TEAMS = VALUES.known("MICROSOFT_TEAMS");

    private NotificationChannel(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NotificationChannel of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<NotificationChannel> values() {
        return VALUES.values();
    }
}
