package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The answer of {@code GET /admins} ({@code admin_list}: {@code type: admin.list}, unpaginated).
 * {@link AdminsClient#list()} returns its admins; the envelope is here for code that decodes responses itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class AdminList extends JsonModel {

    /** @param json the object as sent */
    public AdminList(JsonObject json) {
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
     * @return the admins, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Admin> admins() {
        return list("admins", Admin::new);
    }
}
