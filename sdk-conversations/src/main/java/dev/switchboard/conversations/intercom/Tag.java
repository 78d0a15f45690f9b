package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A tag ({@code tag}; {@code tag_basic} without the {@code applied_*} fields): of the workspace, or as applied to a
 * conversation, ticket, company or part (then with when and by whom it was applied).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Tag extends JsonModel {

    /** @param json the object as sent */
    public Tag(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code tag}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the tag's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the tag's name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return when it was applied, when the API says
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant appliedAt() {
        return instant("applied_at");
    }

    /**
     * @return who applied it, when the API says
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Reference appliedBy() {
        return object("applied_by", Reference::new);
    }
}
