package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * A reason an admin can give for being away. The list includes reasons that were deleted; those are flagged by
 * {@link #isDeleted()} and can no longer be set.
 *
 * @param type {@code away_status_reason}
 * @param id its id, to pass to {@link SetAway#reason(String)}
 * @param label the display text, for example "On a break"
 * @param emoji its emoji
 * @param order its display order
 * @param deleted whether it was soft-deleted
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param extra fields this SDK does not know
 */
public record AwayStatusReason(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("label") String label,
        @JsonProperty("emoji") String emoji,
        @JsonProperty("order") Integer order,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public AwayStatusReason {
        extra = Extras.of(extra);
    }

    /** @return whether the reason was soft-deleted ({@code deleted: true}); a missing flag counts as not deleted */
    public boolean isDeleted() {
        return Boolean.TRUE.equals(deleted);
    }
}
