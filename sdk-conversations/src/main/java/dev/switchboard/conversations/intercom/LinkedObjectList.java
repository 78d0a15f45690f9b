package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * Linked conversations and tickets ({@code linked_object_list}); up to 1000.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class LinkedObjectList extends JsonModel {

    /** @param json the object as sent */
    public LinkedObjectList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return how many are linked, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer totalCount() {
        return integer("total_count");
    }

    /**
     * @return whether more are linked than listed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean hasMore() {
        return bool("has_more");
    }

    /**
     * @return the linked objects, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<LinkedObject> data() {
        return list("data", LinkedObject::new);
    }
}
