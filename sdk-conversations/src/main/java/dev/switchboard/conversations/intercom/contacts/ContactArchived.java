package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of archiving or unarchiving a contact ({@code contact_archived}, {@code contact_unarchived}): the
 * contact's reference and {@code archived}, {@code true} after an archive and {@code false} after an unarchive.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactArchived extends JsonModel {

    /** @param json the object as sent */
    public ContactArchived(JsonObject json) {
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
     * @return whether the contact is archived now, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean archived() {
        return bool("archived");
    }
}
