package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of who produced an interaction: {@code user} or {@code bot}.
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class Actor extends OpenEnum {
    private static final OpenEnumValues<Actor> VALUES = new OpenEnumValues<>(Actor::new);

    /** The employee. */
    public static final Actor USER = VALUES.known("user");

    /** The Moveworks assistant. */
    public static final Actor BOT = VALUES.known("bot");

    private Actor(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static Actor of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<Actor> values() {
        return VALUES.values();
    }
}
