package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;

/** The style of an email message: {@code plain} or {@code personal}. */
public enum EmailTemplate {
    /** {@code plain} */
    PLAIN("plain"),
    /** {@code personal} */
    PERSONAL("personal");

    private final String wire;

    EmailTemplate(String wire) {
        this.wire = wire;
    }

    /** @return the value as Intercom spells it */
    @JsonValue
    public String wire() {
        return wire;
    }
}
