package dev.switchboard.conversations.intercom.subscriptions;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A subscription type in one language ({@code translation}): its localised name and description.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Translation extends JsonModel {

    /** @param json the object as sent */
    public Translation(JsonObject json) {
        super(json);
    }

    /**
     * @return the localised name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the localised description, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }

    /**
     * @return the two-letter language code, for example {@code en}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String locale() {
        return string("locale");
    }
}
