package dev.switchboard.conversations.intercom.knowledge;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A news item's placement in a newsfeed ({@code newsfeed_assignment}): {@code {"newsfeed_id", "published_at"}}, the
 * time in Unix seconds. A publish date must be in the past (Intercom does not schedule through the API);
 * {@link NewsItemsClient} checks it before sending, except for drafts, where Intercom ignores it.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): an assignment received is written back exactly as it came,
 * unknown fields included; one made with {@link #of(long, Instant)} is sent as {@code {"newsfeed_id": 53,
 * "published_at": 1664638214}}.
 */
public final class NewsfeedAssignment extends JsonModel {

    /** @param json the object as sent */
    public NewsfeedAssignment(JsonObject json) {
        super(json);
    }

    /**
     * @param newsfeedId the newsfeed's id
     * @return an assignment published now (no {@code published_at} sent)
     */
    public static NewsfeedAssignment of(long newsfeedId) {
        return new NewsfeedAssignment(JsonObject.of("newsfeed_id", newsfeedId));
    }

    /**
     * @param newsfeedId the newsfeed's id
     * @param publishedAt the past publish date (whole seconds are sent)
     * @return the assignment
     */
    public static NewsfeedAssignment of(long newsfeedId, Instant publishedAt) {
        long seconds = Objects.requireNonNull(publishedAt, "publishedAt").getEpochSecond();
        return new NewsfeedAssignment(JsonObject.of("newsfeed_id", newsfeedId, "published_at", seconds));
    }

    /**
     * @return the newsfeed's id (a string of digits is read too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long newsfeedId() {
        return longNumber("newsfeed_id");
    }

    /**
     * @return when the item was published to it, or {@code null} to leave it to Intercom
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant publishedAt() {
        return instant("published_at");
    }
}
