package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The tags of a conversation ({@code tag.list}).
 *
 * @param type {@code tag.list}
 * @param tags the tags
 * @param extra fields this SDK does not know
 */
public record TagList(
        @JsonProperty("type") String type,
        @JsonProperty("tags") List<Tag> tags,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public TagList {
        tags = Models.list(tags);
        extra = Extras.of(extra);
    }
}
