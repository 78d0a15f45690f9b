package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * A quick-reply button offered with a reply.
 *
 * @param text the button's text
 * @param uuid its id (a UUID)
 */
public record ReplyOption(@JsonProperty("text") String text, @JsonProperty("uuid") String uuid) {

    /** Checks the components. */
    public ReplyOption {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("reply option text must not be blank");
        }
        try {
            UUID.fromString(uuid);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("reply option uuid must be a UUID");
        }
    }

    /**
     * @param text the button's text
     * @return an option with a random UUID
     */
    public static ReplyOption of(String text) {
        return new ReplyOption(text, UUID.randomUUID().toString());
    }
}
