package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The teammates who wrote at least one part of a conversation ({@code admin.list}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class TeammateList extends JsonModel {

    /** @param json the object as sent */
    public TeammateList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code admin.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return references to the admins, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Reference> teammates() {
        return list("teammates", Reference::new);
    }
}
