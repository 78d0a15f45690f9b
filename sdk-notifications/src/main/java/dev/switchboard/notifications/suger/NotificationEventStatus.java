package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The delivery state of a {@link NotificationEvent}.
 *
 * <p>An open enum: the constants are the values of spec v3.14.0. Any other value the server sends decodes to an
 * instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class NotificationEventStatus extends OpenEnum {
    private static final OpenEnumValues<NotificationEventStatus> VALUES =
            new OpenEnumValues<>(NotificationEventStatus::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final NotificationEventStatus EMPTY = VALUES.known("");
    /** {@code SCHEDULED}. */
    public static final NotificationEventStatus SCHEDULED = VALUES.known("SCHEDULED");
    /** {@code PENDING}. */
    public static final NotificationEventStatus PENDING = VALUES.known("PENDING");
    /** {@code DONE}. */
    public static final NotificationEventStatus DONE = VALUES.known("DONE");
    /** {@code FAILED}. */
    public static final NotificationEventStatus FAILED = VALUES.known("FAILED");

    private NotificationEventStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NotificationEventStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<NotificationEventStatus> values() {
        return VALUES.values();
    }
}
