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
 * A tag on a conversation or part ({@code tag}; on parts {@code tag_basic}, without the {@code applied_*} fields).
 *
 * @param type {@code tag}
 * @param id the tag's id
 * @param name the tag's name
 * @param appliedAt when it was applied, when the API says
 * @param appliedBy who applied it, when the API says
 * @param extra fields this SDK does not know
 */
public record Tag(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("applied_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant appliedAt,
        @JsonProperty("applied_by") Reference appliedBy,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Tag {
        extra = Extras.of(extra);
    }
}
