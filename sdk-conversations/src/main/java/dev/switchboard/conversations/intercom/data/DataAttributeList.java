package dev.switchboard.conversations.intercom.data;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The answer of {@code GET /data_attributes} ({@code data_attribute_list}): {@code {"type": "list", "data": [...]}},
 * every attribute at once (the endpoint does not page).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DataAttributeList extends JsonModel {

    /** @param json the object as sent */
    public DataAttributeList(JsonObject json) {
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
     * @return the attributes; empty when absent or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<DataAttribute> data() {
        return listOrEmpty("data", DataAttribute::new);
    }
}
