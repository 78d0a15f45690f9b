package dev.switchboard.conversations.intercom.knowledge;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of a delete: {@code {"id", "object", "deleted"}} ({@code deleted_internal_article_object},
 * {@code deleted_object}, {@code deleted_article_object}, {@code deleted_collection_object}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DeletedObject extends JsonModel {

    /** @param json the object as sent */
    public DeletedObject(JsonObject json) {
        super(json);
    }

    /**
     * @return the deleted object's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its type: {@code internal_article}, {@code news-item}, {@code article} or {@code collection}, or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String object() {
        return string("object");
    }

    /**
     * @return {@code true}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean deleted() {
        return bool("deleted");
    }
}
