package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * One entry of a contact's tags, notes, companies or subscription types as the contact embeds them: a type, an id and
 * the URL of the object ({@code addressable_list}, and {@code company_data} for companies).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Addressable extends JsonModel {

    /** @param json the object as sent */
    public Addressable(JsonObject json) {
        super(json);
    }

    /**
     * @return the object's type, for example {@code tag}, {@code note} or {@code company}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the object's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the object's path, for example {@code /companies/5ba682d23d7cf92bef87bfd4}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }
}
