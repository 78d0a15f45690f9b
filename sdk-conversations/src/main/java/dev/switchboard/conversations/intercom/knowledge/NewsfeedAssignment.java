package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * A news item's placement in a newsfeed: {@code {"newsfeed_id", "published_at"}}, the time in Unix seconds. A publish
 * date must be in the past (Intercom does not schedule through the API); {@link NewsItems} checks it before sending,
 * except for drafts, where Intercom ignores it.
 *
 * @param newsfeedId the newsfeed's id
 * @param publishedAt when the item was published to it, or {@code null} to leave it to Intercom
 * @param extra fields this SDK does not know
 */
@JsonPropertyOrder({"newsfeed_id", "published_at"})
public record NewsfeedAssignment(
        @JsonProperty("newsfeed_id") Long newsfeedId,
        @JsonProperty("published_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant publishedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public NewsfeedAssignment {
        extra = Extras.of(extra);
    }

    /**
     * @param newsfeedId the newsfeed's id
     * @return an assignment published now (no {@code published_at} sent)
     */
    public static NewsfeedAssignment of(long newsfeedId) {
        return new NewsfeedAssignment(newsfeedId, null, null);
    }

    /**
     * @param newsfeedId the newsfeed's id
     * @param publishedAt the past publish date (whole seconds are sent)
     * @return the assignment
     */
    public static NewsfeedAssignment of(long newsfeedId, Instant publishedAt) {
        return new NewsfeedAssignment(newsfeedId, java.util.Objects.requireNonNull(publishedAt, "publishedAt"), null);
    }
}
