package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A news item ({@code news-item}). The 2.14 changelog says responses also carry an item-level {@code published_at};
 * the spec has it only inside {@code newsfeed_assignments}. Both are read when present.
 *
 * @param type {@code news-item}
 * @param id the item's id
 * @param workspaceId the workspace's id
 * @param title its title
 * @param body its HTML body
 * @param senderId the sending admin's id
 * @param state {@code draft} or {@code live} (open)
 * @param newsfeedAssignments the newsfeeds it is in
 * @param labels its labels (entries may be {@code null})
 * @param coverImageUrl its cover image; a value, {@code null} or absent, written back as it came
 * @param reactions its reaction emojis (entries may be {@code null})
 * @param deliverSilently whether it was delivered without a notification
 * @param publishedAt the item-level publish date, when Intercom sends one
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param extra fields this SDK does not know
 */
public record NewsItem(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("title") String title,
        @JsonProperty("body") String body,
        @JsonProperty("sender_id") Long senderId,
        @JsonProperty("state") NewsItemState state,
        @JsonProperty("newsfeed_assignments") List<NewsfeedAssignment> newsfeedAssignments,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("cover_image_url") Patch<String> coverImageUrl,
        @JsonProperty("reactions") List<String> reactions,
        @JsonProperty("deliver_silently") Boolean deliverSilently,
        @JsonProperty("published_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant publishedAt,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps lists and unknown fields immutable (null entries kept); a missing cover is {@link Patch#absent()}. */
    public NewsItem {
        newsfeedAssignments = copy(newsfeedAssignments);
        labels = copy(labels);
        reactions = copy(reactions);
        coverImageUrl = coverImageUrl == null ? Patch.absent() : coverImageUrl;
        extra = Extras.of(extra);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? null : Collections.unmodifiableList(new ArrayList<>(l));
    }
}
