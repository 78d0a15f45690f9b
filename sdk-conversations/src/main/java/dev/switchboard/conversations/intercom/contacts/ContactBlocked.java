package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of blocking a contact ({@code contact_blocked}): the contact's reference and {@code blocked}, always
 * {@code true}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactBlocked extends JsonModel {

    /** @param json the object as sent */
    public ContactBlocked(JsonObject json) {
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
     * @return {@code true} once blocked, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean blocked() {
        return bool("blocked");
    }
}
