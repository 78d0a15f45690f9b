package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * Who wrote a Fin Agent API message: the end user, a human agent of your platform, or Fin.
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class FinAuthor extends OpenEnum {
    private static final OpenEnumValues<FinAuthor> VALUES = new OpenEnumValues<>(FinAuthor::new);
    /** {@code user} */
    public static final FinAuthor USER = VALUES.known("user");
    /** {@code agent} */
    public static final FinAuthor AGENT = VALUES.known("agent");
    /** {@code fin} */
    public static final FinAuthor FIN = VALUES.known("fin");

    private FinAuthor(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static FinAuthor of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<FinAuthor> values() {
        return VALUES.values();
    }
}
