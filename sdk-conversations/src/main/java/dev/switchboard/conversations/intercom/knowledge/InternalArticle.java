package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.time.Instant;
import java.util.Map;

/**
 * An internal article ({@code internal_article}), as get, create, update, list and search return it.
 *
 * @param type {@code internal_article}
 * @param id the article's id
 * @param title its title
 * @param body its HTML body; a value, {@code null} or absent, written back as it came
 * @param ownerId the id of the admin who owns it
 * @param authorId the id of the admin who wrote it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param locale its locale, for example {@code en}
 * @param extra fields this SDK does not know
 */
public record InternalArticle(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("body") Patch<String> body,
        @JsonProperty("owner_id") Long ownerId,
        @JsonProperty("author_id") Long authorId,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("locale") String locale,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable; a missing body is {@link Patch#absent()}. */
    public InternalArticle {
        body = body == null ? Patch.absent() : body;
        extra = Extras.of(extra);
    }
}
