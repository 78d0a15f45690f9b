package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * One chunk of a highlighted search result: {@code {"type": "highlight" | "plain", "text": ...}}. A title or a summary
 * line is a list of chunks; render the {@code highlight} ones as matches of the phrase.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class HighlightedText extends JsonModel {

    /** @param json the object as sent */
    public HighlightedText(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code highlight} or {@code plain} (any other value as sent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return whether this chunk matches the phrase ({@code type} is {@code highlight})
     * @throws dev.switchboard.core.DecodeException if {@code type} is not a string
     */
    public boolean isHighlight() {
        return "highlight".equals(type());
    }

    /**
     * @return the text of the chunk, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String text() {
        return string("text");
    }
}
