package dev.switchboard.conversations.intercom.customobjects;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of a delete ({@code custom_object_instance_deleted}): {@code {"id", "object", "deleted"}}, where
 * {@code object} is the custom object type, for example {@code Order}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class CustomObjectInstanceDeleted extends JsonModel {

    /** @param json the object as sent */
    public CustomObjectInstanceDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return Intercom's id of the deleted instance (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the custom object type, for example {@code Order}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String object() {
        return string("object");
    }

    /**
     * @return whether it was deleted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean deleted() {
        return bool("deleted");
    }
}
