package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The kind of a {@link Message}: {@code email}, {@code inapp}, {@code facebook}, {@code twitter}. The API answers
 * {@code inapp}, while the 2.14 request schema spells it {@code in_app}; both are read, kept as sent, and
 * {@link #isInApp()} is true for either. {@link #CONVERSATION} is a request form (see {@link CreateMessage}). A value
 * this SDK does not know is kept with its raw string.
 */
public final class MessageType extends OpenEnum {
    private static final OpenEnumValues<MessageType> VALUES = new OpenEnumValues<>(MessageType::new);
    /** {@code email} */
    public static final MessageType EMAIL = VALUES.known("email");
    /** {@code inapp}, as the API sends it */
    public static final MessageType INAPP = VALUES.known("inapp");
    /** {@code in_app}, as the 2.14 request schema spells it */
    public static final MessageType IN_APP = VALUES.known("in_app");
    /**
     * {@code conversation}: the form the 2.14 changelog and the spec's {@code admin_message_created} request example
     * send, with arrays of {@code to} / {@code cc} / {@code bcc} recipients
     */
    public static final MessageType CONVERSATION = VALUES.known("conversation");
    /** {@code facebook} */
    public static final MessageType FACEBOOK = VALUES.known("facebook");
    /** {@code twitter} */
    public static final MessageType TWITTER = VALUES.known("twitter");

    private MessageType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static MessageType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<MessageType> values() {
        return VALUES.values();
    }

    /** @return whether this is an in-app message, spelt {@code inapp} or {@code in_app} */
    public boolean isInApp() {
        return this.equals(INAPP) || this.equals(IN_APP);
    }
}
