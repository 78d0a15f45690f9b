package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A contact's rating of a conversation ({@code conversation_rating}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationRating extends JsonModel {

    /** @param json the object as sent */
    public ConversationRating(JsonObject json) {
        super(json);
    }

    /**
     * @return 1 to 5, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer rating() {
        return integer("rating");
    }

    /**
     * @return the contact's remark, possibly {@code ""}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String remark() {
        return string("remark");
    }

    /**
     * @return when the rating was requested, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return (2.14) when the rating last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return who rated, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ContactReference contact() {
        return object("contact", ContactReference::new);
    }

    /**
     * @return the teammate who was rated, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Reference teammate() {
        return object("teammate", Reference::new);
    }
}
