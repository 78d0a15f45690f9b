package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A pointer to another Intercom object: {@code {"type": "admin", "id": "123"}}. Ids arrive as strings or numbers
 * and are kept as strings.
 *
 * @param type the object type, for example {@code admin}, {@code team}, {@code contact}
 * @param id its id, or {@code null} (unassigned)
 * @param extra fields this SDK does not know, kept for the round trip
 */
public record Reference(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Reference {
        extra = Extras.of(extra);
    }
}
