package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The priority of a {@link NotificationEvent} (the spec's {@code AuditingEventPriority}); also the values of the
 * {@code priorities} filter, see {@link EventFilter.Builder#priorities}.
 *
 * <p>An open enum: the constants are the values of spec v3.14.0. Any other value the server sends decodes to an
 * instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class AuditingEventPriority extends OpenEnum {
    private static final OpenEnumValues<AuditingEventPriority> VALUES =
            new OpenEnumValues<>(AuditingEventPriority::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final AuditingEventPriority EMPTY = VALUES.known("");
    /** {@code LOW}. */
    public static final AuditingEventPriority LOW = VALUES.known("LOW");
    /** {@code MEDIUM}. */
    public static final AuditingEventPriority MEDIUM = VALUES.known("MEDIUM");
    /** {@code HIGH}. */
    public static final AuditingEventPriority HIGH = VALUES.known("HIGH");
    /** {@code CRITICAL}. */
    public static final AuditingEventPriority CRITICAL = VALUES.known("CRITICAL");

    private AuditingEventPriority(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static AuditingEventPriority of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<AuditingEventPriority> values() {
        return VALUES.values();
    }
}
