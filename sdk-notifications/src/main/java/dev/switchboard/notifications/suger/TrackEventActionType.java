package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * What a recipient did with a notification, in a {@link TrackEvent}.
 *
 * <p>An open enum: the constants are the values of spec v3.14.0 (the spec lists no {@code ""}; {@link #EMPTY} is
 * declared anyway). Any other value the server sends decodes to an instance
 * that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""} is
 * the constant {@link #EMPTY}. Decoding never fails on a value this SDK version does not know.
 */
public final class TrackEventActionType extends OpenEnum {
    private static final OpenEnumValues<TrackEventActionType> VALUES = new OpenEnumValues<>(TrackEventActionType::new);

    /** {@code ""}: the server's zero value, meaning unset or unknown. */
    public static final TrackEventActionType EMPTY = VALUES.known("");
    /** {@code OPEN_EMAIL}. */
    public static final TrackEventActionType OPEN_EMAIL = VALUES.known("OPEN_EMAIL");

    private TrackEventActionType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static TrackEventActionType of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<TrackEventActionType> values() {
        return VALUES.values();
    }
}
