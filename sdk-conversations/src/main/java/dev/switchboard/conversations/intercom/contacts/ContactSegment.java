package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A segment a contact belongs to ({@code segment}), as {@link ContactsClient#segments(String)} lists it: a minimal
 * view of the segment's fields.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactSegment extends JsonModel {

    /** @param json the object as sent */
    public ContactSegment(JsonObject json) {
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
     * @return the segment's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its name, for example {@code Active}, or {@code null}
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
     * @return whom it holds: {@code user}, or {@code contact} for leads (kept as sent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String personType() {
        return string("person_type");
    }

    /**
     * @return how many contacts it holds, when Intercom counted them, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long count() {
        return longNumber("count");
    }
}
