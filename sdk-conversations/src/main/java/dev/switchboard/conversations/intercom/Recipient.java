package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.spi.Checks;

/**
 * A recipient of a message ({@code recipient}): a user or a lead, by Intercom contact id.
 *
 * @param type {@code user} or {@code lead}
 * @param id the contact's Intercom id
 */
public record Recipient(@JsonProperty("type") String type, @JsonProperty("id") String id) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the type is not {@code user} or {@code lead}, or the id is blank
     */
    public Recipient {
        if (!"user".equals(type) && !"lead".equals(type)) {
            throw new IllegalArgumentException("recipient type must be 'user' or 'lead', was '" + type + "'");
        }
        Checks.notBlank(id, "recipient id");
    }

    /**
     * @param id the contact's Intercom id
     * @return a user recipient
     */
    public static Recipient user(String id) {
        return new Recipient("user", id);
    }

    /**
     * @param id the contact's Intercom id
     * @return a lead recipient
     */
    public static Recipient lead(String id) {
        return new Recipient("lead", id);
    }
}
