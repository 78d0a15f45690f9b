package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The answer of a delete: {@code {"id", "object", "deleted"}} ({@code deleted_internal_article_object},
 * {@code deleted_object}).
 *
 * @param id the deleted object's id
 * @param object its type: {@code internal_article} or {@code news-item}
 * @param deleted {@code true}
 * @param extra fields this SDK does not know
 */
public record DeletedObject(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("deleted") Boolean deleted,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public DeletedObject {
        extra = Extras.of(extra);
    }
}
