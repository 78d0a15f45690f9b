package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;

/** The comparison operators of Intercom's search filters. */
public enum SearchOperator {
    /** Equals. */
    EQ("="),
    /** Not equals. */
    NE("!="),
    /** In a list. */
    IN("IN"),
    /** Not in a list. */
    NIN("NIN"),
    /** Less than (Intercom documents it as less than or equal). */
    LT("<"),
    /** Less than or equal. */
    LE("<="),
    /** Greater than (Intercom documents it as greater than or equal). */
    GT(">"),
    /** Greater than or equal. */
    GE(">="),
    /** Contains. */
    CONTAINS("~"),
    /** Does not contain. */
    NOT_CONTAINS("!~"),
    /** Starts with. */
    STARTS_WITH("^"),
    /** Ends with. */
    ENDS_WITH("$");

    private final String wire;

    SearchOperator(String wire) {
        this.wire = wire;
    }

    /** @return the operator as Intercom spells it */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** @return whether the operator takes a list value */
    public boolean takesList() {
        return this == IN || this == NIN;
    }
}
