package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of a contact's delete ({@code contact_deleted}): the contact's reference and {@code deleted}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactDeleted extends JsonModel {

    /** @param json the object as sent */
    public ContactDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code contact}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the contact's Intercom id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the contact's id in your system, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String externalId() {
        return string("external_id");
    }

    /**
     * @return {@code true} once deleted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean deleted() {
        return bool("deleted");
    }
}
