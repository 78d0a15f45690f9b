package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * A CSAT rating key: the {@code key} of a {@code csat_requested} option and the {@code rating} sent to
 * {@code POST /fin/csat}. Display an option's label; send back its key.
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class CsatRating extends OpenEnum {
    private static final OpenEnumValues<CsatRating> VALUES = new OpenEnumValues<>(CsatRating::new);
    /** {@code terrible} */
    public static final CsatRating TERRIBLE = VALUES.known("terrible");
    /** {@code bad} */
    public static final CsatRating BAD = VALUES.known("bad");
    /** {@code ok} */
    public static final CsatRating OK = VALUES.known("ok");
    /** {@code good} */
    public static final CsatRating GOOD = VALUES.known("good");
    /** {@code amazing} */
    public static final CsatRating AMAZING = VALUES.known("amazing");

    private CsatRating(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static CsatRating of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<CsatRating> values() {
        return VALUES.values();
    }
}
