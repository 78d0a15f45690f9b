package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A pointer to another Intercom object: {@code {"type": "admin", "id": "123"}}. A typed view over its JSON (see
 * {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Reference extends JsonModel {

    /** @param json the object as sent */
    public Reference(JsonObject json) {
        super(json);
    }

    /**
     * @return the object type, for example {@code admin}, {@code team}, {@code contact}; {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return its id (a number is read as its digits), or {@code null} (unassigned)
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }
}
