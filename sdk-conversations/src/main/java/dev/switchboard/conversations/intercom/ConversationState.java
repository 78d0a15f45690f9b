package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The state of a conversation, or of a conversation when one of its parts was created.
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class ConversationState extends OpenEnum {
    private static final OpenEnumValues<ConversationState> VALUES = new OpenEnumValues<>(ConversationState::new);
    /** {@code open} */
    public static final ConversationState OPEN = VALUES.known("open");
    /** {@code closed} */
    public static final ConversationState CLOSED = VALUES.known("closed");
    /** {@code snoozed} */
    public static final ConversationState SNOOZED = VALUES.known("snoozed");

    private ConversationState(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ConversationState of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<ConversationState> values() {
        return VALUES.values();
    }
}
