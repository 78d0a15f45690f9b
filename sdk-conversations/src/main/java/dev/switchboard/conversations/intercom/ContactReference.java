package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A contact attached to a conversation or ticket ({@code contact_reference}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactReference extends JsonModel {

    /** @param json the object as sent */
    public ContactReference(JsonObject json) {
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
     * @return the contact's Intercom id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the contact's id in your system, or {@code null} (sent as {@code null} or absent:
     *     {@code json().containsKey("external_id")} tells which)
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String externalId() {
        return string("external_id");
    }
}
