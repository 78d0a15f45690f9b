package dev.switchboard.conversations.intercom.segments;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A segment ({@code segment}): a group of contacts defined by rules set in Intercom. The API can read segments but
 * not create or change them.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Segment extends JsonModel {

    /** @param json the object as sent */
    public Segment(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code segment}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the segment's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return whether it holds leads ({@code contact}) or users (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public PersonType personType() {
        return openEnum("person_type", PersonType::of);
    }

    /**
     * @return how many contacts it holds: sent only when the list was asked with {@code include_count=true}, and
     *     {@code null} (or absent) otherwise
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long count() {
        return longNumber("count");
    }
}
