package dev.switchboard.conversations.intercom.knowledge;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * An internal article ({@code internal_article}), as get, create, update, list and search return it.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class InternalArticle extends JsonModel {

    /** @param json the object as sent */
    public InternalArticle(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code internal_article}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the article's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return its HTML body, or {@code null} (sent as {@code null} or absent: {@code json().containsKey("body")} tells
     *     which)
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }

    /**
     * @return the id of the admin who owns it (a string of digits is read too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long ownerId() {
        return longNumber("owner_id");
    }

    /**
     * @return the id of the admin who wrote it (a string of digits is read too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long authorId() {
        return longNumber("author_id");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return its locale, for example {@code en}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String locale() {
        return string("locale");
    }
}
