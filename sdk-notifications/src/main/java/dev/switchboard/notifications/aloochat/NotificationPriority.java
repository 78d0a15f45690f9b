package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The priority of a {@link TeamNotification}.
 *
 * <p>An open enum whose constants are the four documented levels. Any other value the server sends decodes to an
 * instance that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""}
 * is the constant {@link #EMPTY}. Wire values are lower-case snake_case.
 */
public final class NotificationPriority extends OpenEnum {
    private static final OpenEnumValues<NotificationPriority> VALUES = new OpenEnumValues<>(NotificationPriority::new);

    /** {@code ""}: an empty value. */
    public static final NotificationPriority EMPTY = VALUES.known("");
    /** {@code low}: general information, non-urgent updates. */
    public static final NotificationPriority LOW = VALUES.known("low");
    /** {@code medium}: standard notifications requiring attention. */
    public static final NotificationPriority MEDIUM = VALUES.known("medium");
    /** {@code high}: important notifications requiring prompt attention. */
    public static final NotificationPriority HIGH = VALUES.known("high");
    /** {@code urgent}: critical notifications requiring immediate action. */
    public static final NotificationPriority URGENT = VALUES.known("urgent");

    private NotificationPriority(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NotificationPriority of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<NotificationPriority> values() {
        return VALUES.values();
    }
}
