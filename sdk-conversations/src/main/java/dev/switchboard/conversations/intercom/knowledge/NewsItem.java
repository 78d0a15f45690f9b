package dev.switchboard.conversations.intercom.knowledge;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A news item ({@code news-item}). The 2.14 changelog says responses also carry an item-level {@code published_at}; the
 * spec has it only inside {@code newsfeed_assignments}. Both are read when present.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class NewsItem extends JsonModel {

    /** @param json the object as sent */
    public NewsItem(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code news-item}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the item's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the workspace's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String workspaceId() {
        return id("workspace_id");
    }

    /**
     * @return its title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return its HTML body, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }

    /**
     * @return the sending admin's id (a string of digits is read too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long senderId() {
        return longNumber("sender_id");
    }

    /**
     * @return {@code draft} or {@code live} (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public NewsItemState state() {
        return openEnum("state", NewsItemState::of);
    }

    /**
     * @return the newsfeeds it is in, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<NewsfeedAssignment> newsfeedAssignments() {
        return list("newsfeed_assignments", NewsfeedAssignment::new);
    }

    /**
     * @return its labels (entries may be {@code null}), or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is neither a string nor an
     *     integer throws when it is read
     */
    public List<String> labels() {
        return strings("labels");
    }

    /**
     * @return its cover image, or {@code null} (sent as {@code null} or absent:
     *     {@code json().containsKey("cover_image_url")} tells which)
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String coverImageUrl() {
        return string("cover_image_url");
    }

    /**
     * @return its reaction emojis (entries may be {@code null}), or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is neither a string nor an
     *     integer throws when it is read
     */
    public List<String> reactions() {
        return strings("reactions");
    }

    /**
     * @return whether it was delivered without a notification, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean deliverSilently() {
        return bool("deliver_silently");
    }

    /**
     * @return the item-level publish date, when Intercom sends one
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant publishedAt() {
        return instant("published_at");
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
}
