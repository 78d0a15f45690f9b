package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of {@code DELETE /conversations/{id}} ({@code conversation_deleted}): {@code {"id", "object":
 * "conversation", "deleted": true}}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationDeleted extends JsonModel {

    /** @param json the object as sent */
    public ConversationDeleted(JsonObject json) {
        super(json);
    }

    /**
     * @return the deleted conversation's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return {@code conversation}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String object() {
        return string("object");
    }

    /**
     * @return whether it was deleted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean deleted() {
        return bool("deleted");
    }
}
