package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * Whether a user has read a {@link TeamNotification}: the status of a notification, of a recipient, and the value
 * {@link TeamNotificationsClient#updateStatus} sets.
 *
 * <p>An open enum whose constants are the three documented values. Any other value the server sends decodes to an
 * instance that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""}
 * is the constant {@link #EMPTY}. Wire values are lower-case snake_case.
 */
public final class NotificationStatus extends OpenEnum {
    private static final OpenEnumValues<NotificationStatus> VALUES = new OpenEnumValues<>(NotificationStatus::new);

    /** {@code ""}: an empty value. */
    public static final NotificationStatus EMPTY = VALUES.known("");
    /** {@code unread}: not read by the user yet. */
    public static final NotificationStatus UNREAD = VALUES.known("unread");
    /** {@code read}: read by the user. */
    public static final NotificationStatus READ = VALUES.known("read");
    /** {@code archived}: archived by the user. */
    public static final NotificationStatus ARCHIVED = VALUES.known("archived");

    private NotificationStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NotificationStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<NotificationStatus> values() {
        return VALUES.values();
    }
}
