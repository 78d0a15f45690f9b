package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A reason an admin can give for being away. The list includes reasons that were deleted; those are flagged by
 * {@link #isDeleted()} and can no longer be set.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class AwayStatusReason extends JsonModel {

    /** @param json the object as sent */
    public AwayStatusReason(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code away_status_reason}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return its id, to pass to {@link SetAway#reason(String)} (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the display text, for example "On a break", or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String label() {
        return string("label");
    }

    /**
     * @return its emoji, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String emoji() {
        return string("emoji");
    }

    /**
     * @return its display order, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer order() {
        return integer("order");
    }

    /**
     * @return whether it was soft-deleted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean deleted() {
        return bool("deleted");
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
     * @return whether the reason was soft-deleted ({@code deleted: true}); a missing flag counts as not deleted
     * @throws dev.switchboard.core.DecodeException if {@code deleted} is not a boolean
     */
    public boolean isDeleted() {
        return Boolean.TRUE.equals(deleted());
    }
}
