package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * One option of a {@link FinCsatRequested} survey: display {@link #label()} (localised) and {@link #emoji()}, send
 * back {@link #key()}. A typed view over its JSON.
 */
public final class CsatOption extends JsonModel {

    /** @param json the object as sent */
    public CsatOption(JsonObject json) {
        super(json);
    }

    /**
     * @return the key to send as {@code rating}; unknown keys kept; or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public CsatRating key() {
        return openEnum("key", CsatRating::of);
    }

    /**
     * @return the emoji, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String emoji() {
        return string("emoji");
    }

    /**
     * @return the label in the conversation's language, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String label() {
        return string("label");
    }
}
