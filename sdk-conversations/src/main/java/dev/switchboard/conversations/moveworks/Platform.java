package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of the chat platform of an interaction.
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class Platform extends OpenEnum {
    private static final OpenEnumValues<Platform> VALUES = new OpenEnumValues<>(Platform::new);

    /** Microsoft Teams. */
    public static final Platform MSTEAMS = VALUES.known("msteams");

    /** Slack. */
    public static final Platform SLACK = VALUES.known("slack");

    /** Moveworks web chat. */
    public static final Platform MOVEWEBCHAT = VALUES.known("movewebchat");

    /** The web (named in the documentation). */
    public static final Platform WEB = VALUES.known("web");

    private Platform(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static Platform of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<Platform> values() {
        return VALUES.values();
    }
}
