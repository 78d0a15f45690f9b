package dev.switchboard.conversations.intercom.notes;

import dev.switchboard.conversations.intercom.ContactReference;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A note on a contact ({@code note}): HTML written by an admin, as listing, creating and reading notes answer it.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Note extends JsonModel {

    /** @param json the object as sent */
    public Note(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code note}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the note's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return when it was written, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return the contact it is about ({@code {type: contact, id}}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ContactReference contact() {
        return object("contact", ContactReference::new);
    }

    /**
     * @return the admin who wrote it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Admin author() {
        return object("author", Admin::new);
    }

    /**
     * @return its body, HTML such as {@code <p>Text for the note.</p>}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }
}
