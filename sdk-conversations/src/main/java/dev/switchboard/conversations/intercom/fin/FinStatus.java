package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * Fin's status in a Fin Agent API conversation: the {@code status} of {@code /fin/start} and {@code /fin/reply}
 * answers and of the events ({@code replying} is the status of {@code fin_reply_chunk} events).
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class FinStatus extends OpenEnum {
    private static final OpenEnumValues<FinStatus> VALUES = new OpenEnumValues<>(FinStatus::new);
    /** {@code thinking} */
    public static final FinStatus THINKING = VALUES.known("thinking");
    /** {@code awaiting_user_reply} */
    public static final FinStatus AWAITING_USER_REPLY = VALUES.known("awaiting_user_reply");
    /** {@code escalated} */
    public static final FinStatus ESCALATED = VALUES.known("escalated");
    /** {@code resolved} */
    public static final FinStatus RESOLVED = VALUES.known("resolved");
    /** {@code complete} */
    public static final FinStatus COMPLETE = VALUES.known("complete");
    /** {@code replying} */
    public static final FinStatus REPLYING = VALUES.known("replying");

    private FinStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static FinStatus of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<FinStatus> values() {
        return VALUES.values();
    }
}
