package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * Whether a conversation is marked as priority.
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class ConversationPriority extends OpenEnum {
    private static final OpenEnumValues<ConversationPriority> VALUES = new OpenEnumValues<>(ConversationPriority::new);
    /** {@code priority} */
    public static final ConversationPriority PRIORITY = VALUES.known("priority");
    /** {@code not_priority} */
    public static final ConversationPriority NOT_PRIORITY = VALUES.known("not_priority");

    private ConversationPriority(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ConversationPriority of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<ConversationPriority> values() {
        return VALUES.values();
    }
}
