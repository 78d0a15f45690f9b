package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * A contact's rating of a conversation ({@code conversation_rating}).
 *
 * @param rating 1 to 5
 * @param remark the contact's remark, possibly {@code ""}
 * @param createdAt when the rating was requested
 * @param updatedAt (2.14) when the rating last changed
 * @param contact who rated
 * @param teammate the teammate who was rated
 * @param extra fields this SDK does not know
 */
public record ConversationRating(
        @JsonProperty("rating") Integer rating,
        @JsonProperty("remark") String remark,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("contact") ContactReference contact,
        @JsonProperty("teammate") Reference teammate,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public ConversationRating {
        extra = Extras.of(extra);
    }
}
